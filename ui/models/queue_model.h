#pragma once

#include "common/error.h"
#include "posts/queue_filter.h"
#include "posts/queue_item.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Podium::Core {
class PostQueueRepository;
}

namespace Podium::Ui {

/// One filter of the queue as a table, read a page at a time as the view scrolls, so opening it costs one
/// page whatever the queue holds.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ExecutiveColumn,
        PostColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Roles
    {
        PostIdRole = Qt::UserRole + 1,
        StateRole,
        AuthorIdRole,
    };
    static constexpr int pageSize = 100;

    QueueModel(const Core::PostQueueRepository& queue, QTimeZone viewerZone, QObject* parent = nullptr);

    /// The executives shown, with their display names. Reloads.
    void setAuthors(const QStringList& authorIds, const QHash<QString, QString>& names);
    void setFilter(Core::QueueFilter filter);
    Core::QueueFilter filter() const { return m_filter; }
    /// Reads the first page again, e.g. after a post changed.
    void reload();
    Core::QueueItem item(int row) const { return m_items.at(row); }
    /// The row showing `postId`, or -1 when it is not loaded.
    int rowOf(const QString& postId) const;
    std::optional<Core::Error> lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const Podium::Core::Error& error);

private:
    /// The page after the rows loaded so far; empty at the end or on an error.
    QList<Core::QueueItem> readPage();
    QVariant display(const Core::QueueItem& item, int column) const;

    const Core::PostQueueRepository& m_queue;
    QTimeZone m_viewerZone;
    Core::QueueFilter m_filter = Core::QueueFilter::Scheduled;
    QStringList m_authorIds;
    QHash<QString, QString> m_names;
    QList<Core::QueueItem> m_items;
    bool m_exhausted = true;
    bool m_announcingReset = false;
    std::optional<Core::Error> m_lastError;
};

} // namespace Podium::Ui
