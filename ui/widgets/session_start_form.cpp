#include "session_start_form.h"

#include "models/practice_plan_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace Podium::Ui {

SessionStartForm::SessionStartForm(const Core::PathDefinition& path, const Core::GuideLibrary& guides, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_guides(guides)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* planLabel = new QLabel(tr("What to cover"), this);
    planLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(planLabel);
    m_plan = new PracticePlanModel(PracticePlanModel::Mode::Choose, this);
    m_planView = new QTreeView(this);
    m_planView->setObjectName(QStringLiteral("planChooser"));
    m_planView->setModel(m_plan);
    m_planView->setHeaderHidden(true);
    m_planView->setRootIsDecorated(false);
    m_planView->setIndentation(22);
    m_planView->setUniformRowHeights(true);
    m_planView->setAccessibleName(tr("Milestones and guides to cover"));
    planLabel->setBuddy(m_planView);
    layout->addWidget(m_planView, 1);
    m_planSummary = new QLabel(this);
    m_planSummary->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_planSummary);

    auto* row = new QHBoxLayout;
    auto* minutesLabel = new QLabel(tr("Planned length"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(5, 600);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    minutesLabel->setBuddy(m_minutes);
    row->addWidget(minutesLabel);
    row->addWidget(m_minutes);
    row->addStretch(1);
    layout->addLayout(row);
    m_start = new QPushButton(tr("Start the session"), this);
    m_start->setObjectName(QStringLiteral("primaryButton"));
    layout->addWidget(m_start, 0, Qt::AlignRight);

    connect(m_plan, &PracticePlanModel::checkedChanged, this, &SessionStartForm::planChanged);
    connect(m_start, &QPushButton::clicked, this, &SessionStartForm::startRequested);
    reset();
}

void SessionStartForm::reset()
{
    m_plan->setEntries(PracticePlanModel::catalogue(m_path, m_guides));
    m_planView->expandAll();
    planChanged();
}

void SessionStartForm::planChanged()
{
    const int count = m_plan->checkedCount();
    m_planSummary->setText(count == 0   ? tr("Tick what you want to cover; you can also start with an empty plan.")
                           : count == 1 ? tr("1 item in the plan")
                                        : tr("%1 items in the plan").arg(count));
}

Core::PracticeSessionRequest SessionStartForm::request(const QString& executiveId) const
{
    Core::PracticeSessionRequest request;
    request.executiveId = executiveId;
    request.plan = m_plan->checkedItems();
    request.plannedMinutes = m_minutes->value();
    return request;
}

} // namespace Podium::Ui
