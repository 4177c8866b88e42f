#pragma once

#include "people/person.h"
#include "posts/queue_filter.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Podium::Core {
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class PostDetail;
class QueueModel;
class WeekCalendar;
class WeekModel;

/// Everything prepared, waiting, scheduled, published or failed for the executives the viewer works for:
/// a filtered list or a week calendar, the selected post beside it, and what the viewer may do with it.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    QueuePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent = nullptr);
    ~QueuePage() override;

    void setFilter(Core::QueueFilter filter);
    void showWeek(bool week);
    /// Shows the post in the detail panel (and selects it when it is in the list).
    void selectPost(const QString& postId);
    /// Reads the queue and its counts again.
    void refresh();
    /// How many posts need the viewer: waiting for their approval, sent back, overdue, failed or missed.
    int attentionCount() const { return m_attention; }
    static int attentionCount(const QMap<Core::QueueFilter, int>& counts, Core::Role role);

    QueueModel* model() const { return m_model; }
    WeekModel* weekModel() const { return m_weekModel; }
    QTableView* table() const { return m_table; }
    WeekCalendar* calendar() const { return m_calendar; }
    PostDetail* detail() const { return m_detail; }
    QListWidget* filters() const { return m_filters; }

Q_SIGNALS:
    void editRequested(const QString& postId);
    void attentionChanged(int count);

private:
    QWidget* buildHeader();
    QWidget* buildCalendar();
    void loadAuthors();
    void refreshCounts();
    void updateEmpty();
    void review(const QString& postId);
    void cancelPost(const QString& postId);
    void publishNow(const QString& postId);
    void moveWeek(int weeks);

    Core::Workspace& m_workspace;
    Core::Person m_me;
    QStringList m_authorIds;
    QHash<QString, QString> m_names;
    int m_attention = 0;

    QComboBox* m_executive = nullptr;
    QToolButton* m_listButton = nullptr;
    QToolButton* m_weekButton = nullptr;
    QListWidget* m_filters = nullptr;
    QStackedWidget* m_views = nullptr;
    QTableView* m_table = nullptr;
    QueueModel* m_model = nullptr;
    WeekModel* m_weekModel = nullptr;
    WeekCalendar* m_calendar = nullptr;
    QLabel* m_weekTitle = nullptr;
    QLabel* m_empty = nullptr;
    PostDetail* m_detail = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace Podium::Ui
