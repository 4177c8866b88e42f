#pragma once

#include "pages/navigation_page.h"
#include "people/person.h"
#include "posts/post_kind.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QListWidget;
class QSettings;
class QStackedWidget;
class QTimer;

namespace Podium::Core {
class PublishingServices;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ComposePage;
class HomePage;
class PeoplePage;
class QueuePage;

/// The shell: navigation on the left, one page per feature on the right. Pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `publishing` may be null (no keychain, or tests): the composer then offers the practice sandbox only.
    MainWindow(Core::Workspace& workspace, Core::PublishingServices* publishing, const Core::Person& me,
               QSettings& settings, QWidget* parent = nullptr);

    void showPage(NavigationPage page);
    NavigationPage currentPage() const;
    QListWidget* navigation() const { return m_navigation; }
    QStackedWidget* pages() const { return m_pages; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildSidebar(const Core::Person& me);
    /// Pages are built the first time they are shown: start-up only pays for Home.
    void addPage(const QString& title, std::function<QWidget*()> build);
    QWidget* ensurePage(int index);
    ComposePage* composePage();
    QueuePage* queuePage();
    /// Opens the composer on a new post of `kind` for the first executive offered.
    void compose(Core::PostKind kind, const QString& starter, bool scheduleAhead);
    /// Opens the Guides page on one guide.
    void showGuide(const QString& guideId);
    /// A guide step's "Do it now": the screen where that step is done.
    void doGuideAction(const QString& action);
    /// Shows how many posts need me beside the Queue entry, read without building the Queue page.
    void updateQueueBadge();

    QSettings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<std::function<QWidget*()>> m_builders;
    HomePage* m_home = nullptr;
    PeoplePage* m_people = nullptr;
    ComposePage* m_compose = nullptr;
    QueuePage* m_queue = nullptr;
    Core::Workspace& m_workspace;
    Core::Person m_me;
    QTimer* m_badgeTimer = nullptr;
};

} // namespace Podium::Ui
