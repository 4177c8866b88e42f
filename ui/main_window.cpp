#include "main_window.h"

#include "pages/compose_page.h"
#include "pages/guides_page.h"
#include "pages/home_page.h"
#include "pages/people_page.h"
#include "pages/practice_page.h"
#include "pages/progress_page.h"
#include "pages/queue_page.h"
#include "pages/settings_page.h"
#include "role_text.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Podium::Ui {

MainWindow::MainWindow(Core::Workspace& workspace, const Core::Person& me, QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
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

    m_home = new HomePage(workspace.people(), workspace.clock(), me, this);
    m_people = new PeoplePage(workspace.people(), me, this);
    addPage(tr("Home"), m_home);
    addPage(tr("Compose"), new ComposePage(this));
    addPage(tr("Queue"), new QueuePage(this));
    addPage(tr("Guides"), new GuidesPage(this));
    addPage(tr("Practice"), new PracticePage(this));
    addPage(tr("Progress"), new ProgressPage(this));
    addPage(tr("People"), m_people);
    addPage(tr("Settings"), new SettingsPage(workspace, me, settings, this));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_home, &HomePage::addPersonRequested, this, [this] {
        showPage(NavigationPage::People);
        m_people->addPerson();
    });
    connect(m_home, &HomePage::pageRequested, this, [this](int page) { showPage(NavigationPage(page)); });
    connect(m_people, &PeoplePage::personAdded, m_home, &HomePage::refresh);

    const auto info = workspace.info();
    if (info)
        statusBar()->showMessage(tr("Workspace: %1").arg(info->location));
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

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
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
