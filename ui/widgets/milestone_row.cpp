#include "milestone_row.h"

#include "path_text.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Podium::Ui {

MilestoneRow::MilestoneRow(const Core::Milestone& milestone, QWidget* parent)
    : QFrame(parent)
    , m_milestone(milestone)
{
    setObjectName(QStringLiteral("milestoneRow"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(3);

    m_mark = new QLabel(this);
    m_mark->setObjectName(QStringLiteral("milestoneMark"));
    m_mark->setFixedSize(24, 24);
    m_mark->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_mark, 0, 0, 2, 1, Qt::AlignTop);

    // The badges lead the title: a word-wrapped label asks for a narrow width, so a badge after it would sit
    // far from a short title or squeeze it onto three lines.
    auto* titleLine = new QHBoxLayout;
    titleLine->setSpacing(8);
    m_nextBadge = new QLabel(tr("Next"), this);
    m_nextBadge->setObjectName(QStringLiteral("nextBadge"));
    m_nextBadge->hide();
    titleLine->addWidget(m_nextBadge, 0, Qt::AlignVCenter);
    if (!milestone.required) {
        auto* optional = new QLabel(tr("Optional"), this);
        optional->setObjectName(QStringLiteral("optionalBadge"));
        optional->setToolTip(tr("Worth doing, but the next tier does not wait for it."));
        titleLine->addWidget(optional, 0, Qt::AlignVCenter);
    }
    m_title = new QLabel(PathText::milestoneTitle(milestone), this);
    m_title->setObjectName(QStringLiteral("milestoneTitle"));
    // Long titles (and longer languages) wrap rather than push the card wider than the page.
    m_title->setWordWrap(true);
    titleLine->addWidget(m_title, 1);
    layout->addLayout(titleLine, 0, 1);

    m_description = new QLabel(PathText::milestoneDescription(milestone), this);
    m_description->setObjectName(QStringLiteral("hint"));
    m_description->setWordWrap(true);
    layout->addWidget(m_description, 1, 1);

    auto* statusLine = new QHBoxLayout;
    statusLine->setSpacing(10);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("milestoneBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(140, 8);
    statusLine->addWidget(m_bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("milestoneStatus"));
    m_status->setWordWrap(true);
    statusLine->addWidget(m_status, 1);
    // Full width: "6 of 10 likes and 1 of 3 comments in the last 7 days" should not wrap beside the buttons.
    layout->addLayout(statusLine, 2, 1, 1, 2);

    // Stacked, so the row stays narrow enough beside the side column in any language.
    auto* actions = new QVBoxLayout;
    actions->setSpacing(4);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("primaryButton"));
    m_action->setCursor(Qt::PointingHandCursor);
    m_action->hide();
    actions->addWidget(m_action, 0, Qt::AlignRight);
    m_guide = new QPushButton(tr("How to"), this);
    m_guide->setObjectName(QStringLiteral("linkButton"));
    m_guide->setCursor(Qt::PointingHandCursor);
    m_guide->setAccessibleName(tr("How to: %1").arg(PathText::milestoneTitle(milestone)));
    m_guide->setVisible(!milestone.guideIds.isEmpty());
    actions->addWidget(m_guide, 0, Qt::AlignRight);
    layout->addLayout(actions, 0, 2, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);

    connect(m_guide, &QPushButton::clicked, this, [this] {
        if (!m_milestone.guideIds.isEmpty())
            Q_EMIT guideRequested(m_milestone.guideIds.first());
    });
    connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(m_milestone.id); });
    restyle();
}

void MilestoneRow::setProgress(const Core::MilestoneProgress& progress, const QTimeZone& zone)
{
    m_met = progress.met;
    int done = 0;
    int needed = 0;
    for (const Core::TargetProgress& target : progress.targets) {
        done += qMin(target.done, target.needed);
        needed += target.needed;
    }
    if (m_met) {
        const QDate day = progress.achievedAt.toTimeZone(zone).date();
        m_status->setText(day.isValid() ? tr("Done on %1").arg(QLocale().toString(day, QLocale::ShortFormat))
                                        : tr("Done"));
    } else if (needed > 1 && (done > 0 || !m_locked)) {
        m_status->setText(PathText::targets(progress));
    } else {
        // A one-off ("post your first update") has nothing to count: the mark says it all.
        m_status->clear();
    }
    QString share;
    if (!m_met && progress.minNonExecutiveShare > 0.0 && progress.nonExecutiveShare)
        share = tr("%1% of them on posts by colleagues who are not executives (%2% needed).")
                    .arg(qRound(*progress.nonExecutiveShare * 100))
                    .arg(qRound(progress.minNonExecutiveShare * 100));
    m_status->setToolTip(share);
    m_bar->setRange(0, qMax(1, needed));
    m_bar->setValue(done);
    m_bar->setVisible(!m_met && !m_status->text().isEmpty());
    m_status->setVisible(!m_status->text().isEmpty());
    // What a met milestone asked is history: its title and date are enough, and keep finished tiers short.
    m_description->setVisible(!m_met);
    restyle();
}

void MilestoneRow::setLocked(bool locked)
{
    // Counting "0 of 10 likes" on a tier that is not open yet only adds noise; a head start still shows.
    m_locked = locked;
}

void MilestoneRow::setNext(bool next, const QString& actionText)
{
    m_next = next;
    m_nextBadge->setVisible(next);
    m_action->setText(actionText);
    m_action->setVisible(next && !actionText.isEmpty());
    restyle();
}

void MilestoneRow::restyle()
{
    const QString state = m_met ? QStringLiteral("met") : m_next ? QStringLiteral("next") : QStringLiteral("open");
    m_mark->setText(m_met ? QStringLiteral("✓") : QString());
    m_mark->setAccessibleName(m_met ? tr("Done") : tr("Not done yet"));
    for (QWidget* widget : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_mark)}) {
        widget->setProperty("state", state);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

} // namespace Podium::Ui
