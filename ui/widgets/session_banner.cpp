#include "session_banner.h"

#include "models/practice_plan_model.h"
#include "session_timer_label.h"

#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Podium::Ui {

SessionBanner::SessionBanner(const Core::PracticeSessionService& sessions, const Core::PathDefinition& path,
                             const Core::GuideLibrary& guides, QWidget* parent)
    : QFrame(parent)
    , m_path(path)
    , m_guides(guides)
{
    setObjectName(QStringLiteral("sessionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    auto* kicker = new QLabel(tr("PRACTICE SESSION IN PROGRESS"), this);
    kicker->setObjectName(QStringLiteral("cardKicker"));
    layout->addWidget(kicker);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_timer = new SessionTimerLabel(sessions, this);
    layout->addWidget(m_timer);
    auto* guard = new QLabel(tr("Until the session ends, everything you post goes to the practice feed only."), this);
    guard->setObjectName(QStringLiteral("hint"));
    guard->setWordWrap(true);
    layout->addWidget(guard);

    auto* heading = new QLabel(tr("What you are practising"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    m_plan = new PracticePlanModel(PracticePlanModel::Mode::ReadOnly, this);
    m_planView = new QTreeView(this);
    m_planView->setObjectName(QStringLiteral("sessionPlan"));
    m_planView->setModel(m_plan);
    m_planView->setHeaderHidden(true);
    m_planView->setRootIsDecorated(false);
    m_planView->setWordWrap(true);
    m_planView->setAccessibleName(tr("Session plan"));
    heading->setBuddy(m_planView);
    layout->addWidget(m_planView);
    m_planHint = new QLabel(this);
    m_planHint->setObjectName(QStringLiteral("hint"));
    m_planHint->setWordWrap(true);
    layout->addWidget(m_planHint);

    connect(m_planView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(PracticePlanModel::KindRole).toInt() == int(Core::PracticePlanItem::Kind::Guide))
            Q_EMIT guideRequested(index.data(PracticePlanModel::ItemIdRole).toString());
    });
}

void SessionBanner::setSession(const Core::PracticeSession& session, const QString& trainerName)
{
    m_title->setText(tr("With %1").arg(trainerName));
    m_timer->setSession(session);
    m_plan->setEntries(PracticePlanModel::plan(session, m_path, m_guides));
    const int rows = int(session.plan.size());
    if (rows > 0)
        m_planView->setFixedHeight(rows * m_planView->sizeHintForRow(0) + 2 * m_planView->frameWidth() + 2);
    m_planView->setVisible(rows > 0);
    const bool hasGuide = std::any_of(session.plan.cbegin(), session.plan.cend(), [](const auto& item) {
        return item.kind == Core::PracticePlanItem::Kind::Guide;
    });
    m_planHint->setText(session.plan.isEmpty() ? tr("Your trainer set no plan: follow their lead.")
                        : hasGuide             ? tr("Your trainer ticks items off as you go. Double-click a guide "
                                                                "to read along.")
                                               : tr("Your trainer ticks items off as you go."));
}

} // namespace Podium::Ui
