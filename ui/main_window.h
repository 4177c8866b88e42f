#pragma once

#include "pages/navigation_page.h"
#include "people/person.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace Podium::Core {
class Workspace;
}

namespace Podium::Ui {

class HomePage;
class PeoplePage;

/// The shell: navigation on the left, one page per feature on the right. Pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Core::Workspace& workspace, const Core::Person& me, QSettings& settings, QWidget* parent = nullptr);

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

    QSettings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<std::function<QWidget*()>> m_builders;
    HomePage* m_home = nullptr;
    PeoplePage* m_people = nullptr;
};

} // namespace Podium::Ui
