#include "progress_page.h"

#include "coaching/engagement_service.h"
#include "models/trainer_dashboard_model.h"
#include "people/people_service.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "widgets/error_label.h"
#include "widgets/page_title.h"
#include "widgets/path_panel.h"
#include "workspace/workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

// Activity arrives in bursts (a publisher settling a batch, a run of likes); one re-read after it is enough.
constexpr int refreshDelayMs = 250;

} // namespace

ProgressPage::ProgressPage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_workspace(&workspace)
    , m_me(me)
{
    setObjectName(QStringLiteral("progressPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(10);
    m_panel = new PathPanel(workspace, me, this);
    connect(m_panel, &PathPanel::guideRequested, this, &ProgressPage::guideRequested);
    connect(m_panel, &PathPanel::composeRequested, this, &ProgressPage::composeRequested);
    connect(m_panel, &PathPanel::pageRequested, this, &ProgressPage::pageRequested);

    if (me.role == Core::Role::Executive) {
        layout->addWidget(new PageTitle(tr("Your progress"), this));
        layout->addWidget(m_panel, 1);
        m_panel->showPerson(me);
    } else {
        layout->addWidget(buildDashboard(), 1);
    }

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // A hidden page reads nothing; it catches up when it is shown.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    const auto later = [this] { m_refreshTimer->start(); };
    connect(&workspace.engagement(), &Core::EngagementService::activityRecorded, m_refreshTimer, later);
    connect(&workspace.posts(), &Core::PostService::postChanged, m_refreshTimer, later);
    connect(&workspace.profileChecklist(), &Core::ProfileChecklist::checklistChanged, m_refreshTimer, later);
    connect(&workspace.practiceSessions(), &Core::PracticeSessionService::sessionStarted, m_refreshTimer, later);
    connect(&workspace.practiceSessions(), &Core::PracticeSessionService::sessionEnded, m_refreshTimer, later);
}

QWidget* ProgressPage::buildDashboard()
{
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const bool trainer = m_me.role == Core::Role::Trainer;

    auto* header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Progress"), area));
    header->addStretch(1);
    m_search = new QLineEdit(area);
    m_search->setObjectName(QStringLiteral("dashboardSearch"));
    m_search->setPlaceholderText(tr("Search by name, tier or milestone"));
    m_search->setAccessibleName(tr("Search executives"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    header->addWidget(m_search, 0, Qt::AlignVCenter);
    layout->addLayout(header);
    m_intro = new QLabel(trainer ? tr("Every executive's live path at a glance. Select one to see it in full and "
                                      "to open a tier early.")
                                 : tr("The executives you work for and where they are on their path. The path is "
                                      "theirs to walk; here you can follow along."),
                         area);
    m_intro->setObjectName(QStringLiteral("lead"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_model = new TrainerDashboardModel(*m_workspace, m_me, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrainerDashboardModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(area);
    m_table->setObjectName(QStringLiteral("trainerDashboard"));
    m_table->setAccessibleName(tr("Executives"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TrainerDashboardModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    auto* columns = m_table->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Figures and short labels take what their longest entry needs; the next milestone gets the rest and shows
    // in full as a tooltip where it is cut.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TrainerDashboardModel::NextMilestoneColumn, QHeaderView::Stretch);
    // A delegate's rows carry no practice figures: empty columns would only raise questions.
    for (int column : {int(TrainerDashboardModel::LastActivityColumn), int(TrainerDashboardModel::SessionsColumn),
                       int(TrainerDashboardModel::InSessionColumn)})
        m_table->setColumnHidden(column, !m_model->hasPracticeFigures());
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 34);

    auto* pathArea = new QFrame(area);
    pathArea->setObjectName(QStringLiteral("pathArea"));
    auto* pathLayout = new QVBoxLayout(pathArea);
    pathLayout->setContentsMargins(0, 8, 0, 0);
    pathLayout->addWidget(m_panel);

    auto* splitter = new QSplitter(Qt::Vertical, area);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(pathArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Room for up to eight executives before the table scrolls; the path below gets the rest.
    const int visibleRows = qBound(1, m_model->rowCount(), 8);
    splitter->setSizes({m_table->horizontalHeader()->sizeHint().height() + visibleRows * 30 + 4, 10000});
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProgressPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProgressPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProgressPage::updateEmptyState);
    // The panel has already shown the change; the table catches up with the person's new tier.
    connect(m_panel, &PathPanel::pathChanged, this, [this] { reloadDashboard(false); });

    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, TrainerDashboardModel::NameColumn));
    updateEmptyState();
    return area;
}

bool ProgressPage::selectExecutive(const QString& personId)
{
    if (!m_table || personId.isEmpty())
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, TrainerDashboardModel::NameColumn);
            if (index.data(TrainerDashboardModel::PersonIdRole).toString() == personId) {
                m_table->setCurrentIndex(index);
                m_table->scrollTo(index);
                return true;
            }
        }
        // Not among the rows the search lets through: show everyone and look again.
        if (m_search->text().isEmpty())
            break;
        m_search->clear();
    }
    return false;
}

QString ProgressPage::selectedPersonId() const
{
    const QModelIndex current = m_table ? m_table->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(TrainerDashboardModel::PersonIdRole).toString() : QString();
}

void ProgressPage::showSelected()
{
    if (m_reselecting)
        return;
    const QString id = selectedPersonId();
    if (id.isEmpty()) {
        updateEmptyState();
        return;
    }
    if (id == m_panel->personId()) {
        m_panel->refresh();
        return;
    }
    const auto person = m_workspace->people().find(id);
    if (!person) {
        m_panel->errorLabel()->showError(person.error());
        return;
    }
    m_panel->showPerson(*person);
}

void ProgressPage::updateEmptyState()
{
    if (!m_table || m_reselecting)
        return;
    const bool none = m_model->rowCount() == 0;
    m_table->setVisible(!none);
    m_search->setVisible(!none);
    m_intro->setVisible(!none);
    if (none) {
        m_panel->showEmpty(m_me.role == Core::Role::Trainer
                               ? tr("No executives in this workspace yet.\nAdd the executives you coach on the "
                                    "People page, and their progress appears here.")
                               : tr("Progress is where executives follow their onboarding path, and their "
                                    "trainers with them.\nWhen an executive gives you a delegation, you can "
                                    "follow their path here too."));
    } else if (!m_table->currentIndex().isValid()) {
        m_panel->showEmpty(m_proxy->rowCount() == 0 ? tr("No executive matches the search.")
                                                    : tr("Select an executive to see their path."));
    }
}

void ProgressPage::refresh()
{
    m_stale = false;
    if (m_model)
        reloadDashboard(true);
    else if (m_panel)
        m_panel->refresh();
}

void ProgressPage::reloadDashboard(bool refreshPath)
{
    const QString selected = selectedPersonId();
    // The reset drops the selection, and finding the same person again is not a new choice to show.
    m_reselecting = true;
    const auto reloaded = m_model->reload();
    selectExecutive(selected);
    m_reselecting = false;
    if (!reloaded) {
        m_panel->errorLabel()->showError(reloaded.error());
        return;
    }
    const QString current = selectedPersonId();
    if (current.isEmpty() || current != m_panel->personId())
        showSelected();
    else if (refreshPath)
        m_panel->refresh();
}

void ProgressPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace Podium::Ui
