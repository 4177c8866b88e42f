#pragma once

#include "common/result.h"
#include "posts/queue_filter.h"
#include "posts/queue_item.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Podium::Core {

class Database;

/// Reads the queue a page at a time for the executives a person may see, so it stays instant with
/// hundreds of thousands of posts: every read is an index range scan that stops after one page.
class PostQueueRepository
{
public:
    explicit PostQueueRepository(Database& database);

    /// Up to `limit` posts of `authorIds` under `filter`, in the filter's order, after `after`.
    Result<QList<QueueItem>> page(QueueFilter filter, const QStringList& authorIds, const QueueCursor& after,
                                  int limit) const;
    /// Counts stop here: a number past it says "more than 999", and counting stays as cheap as reading a page.
    static constexpr int countCap = 999;
    /// How many posts of `authorIds` each filter holds, up to countCap + 1 per filter.
    Result<QMap<QueueFilter, int>> counts(const QStringList& authorIds) const;
    /// The posts of `authorIds` with a time in [from, to), drafts and cancelled posts aside: a calendar's week.
    Result<QList<QueueItem>> between(const QDateTime& from, const QDateTime& to, const QStringList& authorIds) const;

    /// The cursor that continues after `item`.
    static QueueCursor cursorAfter(const QueueItem& item);

private:
    Result<QList<QueueItem>> read(PostState state, const QStringList& authorIds, const QString& condition,
                                  const QList<QVariant>& values, bool newestFirst, int limit) const;

    Database& m_database;
};

} // namespace Podium::Core
