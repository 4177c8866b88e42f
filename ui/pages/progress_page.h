#pragma once

#include "people/person.h"
#include "posts/post_kind.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Podium::Core {
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class PathPanel;
class TrainerDashboardModel;

/// How far people have come on the onboarding path. An executive sees their own path and starts their
/// next milestone from it; a trainer sees every executive in a table and, below it, the selected one's
/// path with the tiers to open early; a delegate follows the executives they work for.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    ProgressPage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent = nullptr);

    PathPanel* pathPanel() const { return m_panel; }
    /// The dashboard of a trainer or a delegate; null on an executive's own page.
    QTableView* dashboard() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    /// Selects the executive's row (clearing the search if it hides them); false when they have none.
    bool selectExecutive(const QString& personId);

public Q_SLOTS:
    /// Reads the dashboard and the path shown again.
    void refresh();

Q_SIGNALS:
    void guideRequested(const QString& guideId);
    /// Open the composer on a new post of this kind, starting from `starter`, scheduled ahead if asked.
    void composeRequested(Podium::Core::PostKind kind, const QString& starter, bool scheduleAhead);
    /// Open a page of the main window (a NavigationPage).
    void pageRequested(int page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDashboard();
    void reloadDashboard(bool refreshPath);
    void showSelected();
    void updateEmptyState();
    QString selectedPersonId() const;

    Core::Workspace* m_workspace = nullptr;
    Core::Person m_me;
    PathPanel* m_panel = nullptr;
    TrainerDashboardModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_intro = nullptr;
    QTimer* m_refreshTimer = nullptr;
    bool m_stale = false;
    bool m_reselecting = false;
};

} // namespace Podium::Ui
