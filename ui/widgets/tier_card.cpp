#include "tier_card.h"

#include "milestone_row.h"
#include "path_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Podium::Ui {

TierCard::TierCard(const Core::PathTier& tier, const QList<Core::Milestone>& milestones, QWidget* parent)
    : QFrame(parent)
    , m_tier(tier)
{
    setObjectName(QStringLiteral("tierCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(4);

    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto* kicker = new QLabel(tr("TIER %1").arg(QLocale().toString(tier.number)), this);
    kicker->setObjectName(QStringLiteral("cardKicker"));
    titles->addWidget(kicker);
    auto* title = new QLabel(PathText::tierTitle(tier), this);
    title->setObjectName(QStringLiteral("tierTitle"));
    titles->addWidget(title);
    header->addLayout(titles, 1);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("tierBadge"));
    header->addWidget(m_state, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto* description = new QLabel(PathText::tierDescription(tier), this);
    description->setObjectName(QStringLiteral("hint"));
    description->setWordWrap(true);
    layout->addWidget(description);

    auto* lockedLine = new QHBoxLayout;
    m_lockedNote = new QLabel(this);
    m_lockedNote->setObjectName(QStringLiteral("lockedNote"));
    m_lockedNote->setWordWrap(true);
    lockedLine->addWidget(m_lockedNote, 1);
    m_unlock = new QPushButton(tr("Unlock tier %1 early…").arg(QLocale().toString(tier.number)), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setCursor(Qt::PointingHandCursor);
    m_unlock->hide();
    lockedLine->addWidget(m_unlock, 0, Qt::AlignVCenter);
    layout->addLayout(lockedLine);
    layout->addSpacing(4);

    for (const Core::Milestone& milestone : milestones) {
        auto* row = new MilestoneRow(milestone, this);
        layout->addWidget(row);
        m_rows.append(row);
    }

    connect(m_unlock, &QPushButton::clicked, this, [this] { Q_EMIT unlockRequested(m_tier.number); });
}

void TierCard::setProgress(const Core::TierProgress& progress, const QString& unlockedByName)
{
    m_unlocked = progress.unlocked;
    for (MilestoneRow* row : std::as_const(m_rows))
        row->setLocked(!progress.unlocked);
    QString state;
    if (!progress.unlocked) {
        state = QStringLiteral("locked");
        m_state->setText(tr("Locked"));
        m_state->setToolTip({});
        m_lockedNote->setText(
            tr("Opens when every required milestone of tier %1 is done.").arg(QLocale().toString(m_tier.number - 1)));
    } else if (progress.complete) {
        state = QStringLiteral("complete");
        m_state->setText(tr("✓ Complete"));
    } else {
        state = QStringLiteral("open");
        m_state->setText(tr("Open"));
    }
    if (progress.unlocked && !progress.unlockedBy.isEmpty()) {
        m_lockedNote->setText(
            tr("Opened early by %1.").arg(unlockedByName.isEmpty() ? tr("a trainer") : unlockedByName));
    } else if (progress.unlocked) {
        m_lockedNote->clear();
    }
    m_lockedNote->setVisible(!m_lockedNote->text().isEmpty());
    for (QWidget* widget : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_state)}) {
        widget->setProperty("state", state);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    if (m_unlocked)
        m_unlock->hide();
}

void TierCard::setUnlockOffered(bool offered)
{
    m_unlock->setVisible(offered && !m_unlocked);
}

} // namespace Podium::Ui
