#include "main_window.h"

#include "common/error_message.h"
#include "delegation/access_policy.h"
#include "pages/compose_page.h"
#include "pages/guides_page.h"
#include "pages/home_page.h"
#include "pages/people_page.h"
#include "pages/practice_page.h"
#include "pages/progress_page.h"
#include "pages/queue_page.h"
#include "pages/settings_page.h"
#include "path/path_service.h"
#include "post_text.h"
#include "posts/post_service.h"
#include "role_text.h"
#include "storage/post_queue_repository.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Podium::Ui {

MainWindow::MainWindow(Core::Workspace& workspace, Core::PublishingServices* publishing, const Core::Person& me,
                       QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(workspace)
    , m_me(me)
{
    setWindowTitle(tr("Podium"));
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar(me));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageArea"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_home = new HomePage(workspace, me, this);
    Core::Workspace* space = &workspace;
    addPage(tr("Home"), [this] { return m_home; });
    addPage(tr("Compose"), [this, space, publishing, me] {
        m_compose = new ComposePage(*space, publishing, me, this);
        return m_compose;
    });
    addPage(tr("Queue"), [this, space, me] {
        m_queue = new QueuePage(*space, me, this);
        connect(m_queue, &QueuePage::editRequested, this, [this](const QString& id) {
            showPage(NavigationPage::Compose);
            composePage()->openPost(id);
        });
        return m_queue;
    });
    addPage(tr("Guides"), [this, space, me] {
        auto* guides = new GuidesPage(QLocale().name(), space, me.id, this);
        connect(guides, &GuidesPage::actionRequested, this, &MainWindow::doGuideAction);
        return guides;
    });
    addPage(tr("Practice"), [this, space, me] {
        auto* practice = new PracticePage(*space, me, this);
        connect(practice, &PracticePage::guideRequested, this, &MainWindow::showGuide);
        return practice;
    });
    addPage(tr("Progress"), [this, space, me] {
        auto* progress = new ProgressPage(*space, me, this);
        connect(progress, &ProgressPage::guideRequested, this, &MainWindow::showGuide);
        connect(progress, &ProgressPage::composeRequested, this, &MainWindow::compose);
        connect(progress, &ProgressPage::pageRequested, this, [this](int page) { showPage(NavigationPage(page)); });
        return progress;
    });
    addPage(tr("People"), [this, space, me] {
        m_people = new PeoplePage(space->people(), space->clock(), me, this);
        connect(m_people, &PeoplePage::personAdded, m_home, &HomePage::refresh);
        return m_people;
    });
    addPage(tr("Settings"), [this, space, me] { return new SettingsPage(*space, me, m_settings, this); });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // Home's next step follows what happened elsewhere (a post published, a checklist ticked). The first
        // showing needs no refresh: Home computed its steps when it was built, moments ago.
        if (row == int(NavigationPage::Home) && !m_builders.at(size_t(row)))
            m_home->refresh();
        m_pages->setCurrentWidget(ensurePage(row));
    });
    connect(m_home, &HomePage::addPersonRequested, this, [this] {
        showPage(NavigationPage::People);
        m_people->addPerson();
    });
    connect(m_home, &HomePage::pageRequested, this, [this](int page) { showPage(NavigationPage(page)); });
    connect(m_home, &HomePage::composeRequested, this, &MainWindow::compose);
    connect(m_home, &HomePage::guideRequested, this, &MainWindow::showGuide);

    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setSingleShot(true);
    m_badgeTimer->setInterval(300);
    connect(m_badgeTimer, &QTimer::timeout, this, &MainWindow::updateQueueBadge);
    connect(&workspace.posts(), &Core::PostService::postChanged, m_badgeTimer, qOverload<>(&QTimer::start));
    updateQueueBadge();

    const auto info = workspace.info();
    if (info)
        statusBar()->showMessage(tr("Workspace: %1").arg(info->location));
    // A trainer's path this Podium cannot read: everyone still has a path, and is told which one.
    if (const auto& problem = workspace.path().definitionProblem()) {
        auto* note = new QLabel(Core::ErrorMessage::text(*problem), this);
        note->setObjectName(QStringLiteral("pathProblem"));
        note->setToolTip(problem->detail);
        statusBar()->addPermanentWidget(note);
    }
    m_navigation->setCurrentRow(0);

    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

QWidget* MainWindow::buildSidebar(const Core::Person& me)
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(220);
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 20, 0, 16);
    layout->setSpacing(0);
    auto* brand = new QLabel(tr("Podium"), sidebar);
    brand->setObjectName(QStringLiteral("brand"));
    layout->addWidget(brand);
    layout->addSpacing(16);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Navigation"));
    layout->addWidget(m_navigation, 1);

    auto* who = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(me.displayName.toHtmlEscaped(), RoleText::name(me.role).toHtmlEscaped()),
        sidebar);
    who->setObjectName(QStringLiteral("whoAmI"));
    who->setWordWrap(true);
    layout->addWidget(who);
    return sidebar;
}

void MainWindow::addPage(const QString& title, std::function<QWidget*()> build)
{
    m_navigation->addItem(title);
    m_pages->addWidget(new QWidget(m_pages));
    m_builders.push_back(std::move(build));
}

QWidget* MainWindow::ensurePage(int index)
{
    auto& build = m_builders.at(size_t(index));
    if (build) {
        QWidget* placeholder = m_pages->widget(index);
        QWidget* page = build();
        build = nullptr;
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return m_pages->widget(index);
}

ComposePage* MainWindow::composePage()
{
    ensurePage(int(NavigationPage::Compose));
    return m_compose;
}

QueuePage* MainWindow::queuePage()
{
    ensurePage(int(NavigationPage::Queue));
    return m_queue;
}

void MainWindow::updateQueueBadge()
{
    const auto authors = m_workspace.access().readableAuthors(m_me.id);
    const auto counts = authors ? m_workspace.queue().counts(authors.value())
                                : Core::Result<QMap<Core::QueueFilter, int>>(authors.error());
    const int attention = counts ? QueuePage::attentionCount(counts.value(), m_me.role) : 0;
    QListWidgetItem* item = m_navigation->item(int(NavigationPage::Queue));
    item->setText(attention ? tr("Queue  (%1)").arg(PostText::count(attention)) : tr("Queue"));
    item->setToolTip(attention ? tr("Posts that need you: %1").arg(PostText::count(attention)) : QString());
}

void MainWindow::doGuideAction(const QString& action)
{
    static const QHash<QString, Core::PostKind> kinds{{QStringLiteral("compose-status"), Core::PostKind::Status},
                                                      {QStringLiteral("compose-reply"), Core::PostKind::Reply},
                                                      {QStringLiteral("compose-comment"), Core::PostKind::Comment},
                                                      {QStringLiteral("compose-article"), Core::PostKind::Article},
                                                      {QStringLiteral("compose-scheduled"), Core::PostKind::Status}};
    if (kinds.contains(action)) {
        compose(kinds.value(action), QString(), action == QLatin1String("compose-scheduled"));
    } else if (action == QLatin1String("queue")) {
        showPage(NavigationPage::Queue);
    } else if (action == QLatin1String("practice-feed")) {
        showPage(NavigationPage::Practice);
    } else if (action == QLatin1String("profile-checklist")) {
        showPage(NavigationPage::Progress);
    } else if (action == QLatin1String("settings") || action == QLatin1String("accounts")) {
        showPage(NavigationPage::Settings);
    }
}

void MainWindow::compose(Core::PostKind kind, const QString& starter, bool scheduleAhead)
{
    showPage(NavigationPage::Compose);
    composePage()->startNew(QString(), starter, kind, scheduleAhead);
}

void MainWindow::showGuide(const QString& guideId)
{
    showPage(NavigationPage::Guides);
    if (auto* guides = qobject_cast<GuidesPage*>(m_pages->currentWidget()))
        guides->showGuide(guideId);
}

void MainWindow::showPage(NavigationPage page)
{
    m_navigation->setCurrentRow(int(page));
}

NavigationPage MainWindow::currentPage() const
{
    return NavigationPage(m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Podium::Ui
