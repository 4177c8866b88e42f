#include "post_queue_repository.h"

#include "database.h"

#include <QVariant>

#include <algorithm>

namespace Podium::Core {

namespace {

// Must match the expression indexed by posts_queue_idx and posts_author_queue_idx, or the planner sorts.
const QString when = QStringLiteral("COALESCE(scheduled_at, created_at)");
// Enough of the text for one line in a list; the rest stays in the database until a post is opened.
constexpr int excerptLength = 280;

QString placeholders(qsizetype count)
{
    QString list = QStringLiteral("?");
    list += QStringLiteral(", ?").repeated(count - 1);
    return list;
}

QueueItem itemFrom(const Statement& query)
{
    QueueItem item;
    item.id = query.value(0).toString();
    item.authorId = query.value(1).toString();
    item.preparedBy = query.value(2).toString();
    item.platform = platformKindFromName(query.value(3).toString()).value_or(PlatformKind::Practice);
    item.kind = postKindFromName(query.value(4).toString()).value_or(PostKind::Status);
    item.state = postStateFromName(query.value(5).toString()).value_or(PostState::Draft);
    item.title = query.value(6).toString();
    item.excerpt = query.value(7).toString();
    item.when = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    item.hasTime = query.value(9).toInt() != 0;
    item.scheduledZone = query.value(10).toString();
    if (!query.value(11).isNull())
        item.approveBy = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
    item.lastErrorCode = query.value(12).toString();
    item.isPractice = query.value(13).toInt() != 0;
    return item;
}

bool before(const QueueItem& a, const QueueItem& b)
{
    return a.when != b.when ? a.when < b.when : a.id < b.id;
}

} // namespace

PostQueueRepository::PostQueueRepository(Database& database)
    : m_database(database)
{}

QueueCursor PostQueueRepository::cursorAfter(const QueueItem& item)
{
    return {item.when.toMSecsSinceEpoch(), item.id};
}

Result<QList<QueueItem>> PostQueueRepository::page(QueueFilter filter, const QStringList& authorIds,
                                                   const QueueCursor& after, int limit) const
{
    const bool newestFirst = isNewestFirst(filter);
    QString condition;
    QList<QVariant> values;
    if (after.isValid()) {
        condition = QStringLiteral("(") + when + QStringLiteral(", id) ") + QLatin1String(newestFirst ? "<" : ">") +
                    QStringLiteral(" (?, ?)");
        values << QVariant(after.when) << QVariant(after.id);
    }
    // One range scan per state, merged here: an IN over the states would make the database sort them all.
    QList<QueueItem> items;
    for (const PostState state : queueFilterStates(filter)) {
        auto part = read(state, authorIds, condition, values, newestFirst, limit);
        if (!part)
            return part.error();
        items += part.value();
    }
    if (newestFirst)
        std::sort(items.begin(), items.end(), [](const QueueItem& a, const QueueItem& b) { return before(b, a); });
    else
        std::sort(items.begin(), items.end(), before);
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Result<QList<QueueItem>> PostQueueRepository::read(PostState state, const QStringList& authorIds,
                                                   const QString& condition, const QList<QVariant>& values,
                                                   bool newestFirst, int limit) const
{
    if (authorIds.isEmpty())
        return QList<QueueItem>();
    const QString direction = newestFirst ? QStringLiteral(" DESC") : QString();
    // The state is written into the SQL rather than bound so the planner knows it when choosing the index.
    QString sql =
        QStringLiteral("SELECT id, author_id, prepared_by, platform, kind, state, title, SUBSTR(body, 1, %1), ")
            .arg(excerptLength) +
        when +
        QStringLiteral(", CASE WHEN scheduled_at IS NULL THEN 0 ELSE 1 END, scheduled_zone, approve_by, "
                       "last_error_code, is_practice FROM posts WHERE state = '") +
        postStateName(state) + QStringLiteral("' AND author_id IN (") + placeholders(authorIds.size()) +
        QStringLiteral(")");
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    sql += QStringLiteral(" ORDER BY ") + when + direction + QStringLiteral(", id") + direction +
           QStringLiteral(" LIMIT ?");
    Statement query = m_database.prepare(sql);
    for (const QString& author : authorIds)
        query.addBindValue(author);
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<QueueItem> items;
    while (query.next())
        items.append(itemFrom(query));
    return items;
}

Result<QMap<QueueFilter, int>> PostQueueRepository::counts(const QStringList& authorIds) const
{
    QMap<QueueFilter, int> counts;
    for (const QueueFilter filter : queueFilters()) {
        counts.insert(filter, 0);
        if (authorIds.isEmpty())
            continue;
        // Counting every row of a state grows with the history (100,000 posts took 45 ms); a capped count
        // stops after countCap + 1 rows of one index range, like a page does.
        for (const PostState state : queueFilterStates(filter)) {
            if (counts[filter] > countCap)
                break;
            Statement query =
                m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM posts WHERE state = '") +
                                   postStateName(state) + QStringLiteral("' AND author_id IN (") +
                                   placeholders(authorIds.size()) + QStringLiteral(") LIMIT ?) AS capped"));
            for (const QString& author : authorIds)
                query.addBindValue(author);
            query.addBindValue(countCap + 1 - counts[filter]);
            if (const Result<void> run = m_database.exec(query); !run)
                return run.error();
            if (query.next())
                counts[filter] += query.value(0).toInt();
        }
    }
    return counts;
}

Result<QList<QueueItem>> PostQueueRepository::between(const QDateTime& from, const QDateTime& to,
                                                      const QStringList& authorIds) const
{
    const QString condition = when + QStringLiteral(" >= ? AND ") + when + QStringLiteral(" < ?");
    const QList<QVariant> values{QVariant(from.toMSecsSinceEpoch()), QVariant(to.toMSecsSinceEpoch())};
    // A week of one busy workspace is a few hundred posts; the limit only guards against a runaway one.
    constexpr int weekLimit = 2000;
    QList<QueueItem> items;
    for (const QueueFilter filter : queueFilters()) {
        if (filter == QueueFilter::Drafts)
            continue;
        for (const PostState state : queueFilterStates(filter)) {
            auto part = read(state, authorIds, condition, values, false, weekLimit);
            if (!part)
                return part.error();
            items += part.value();
        }
    }
    std::sort(items.begin(), items.end(), before);
    return items;
}

} // namespace Podium::Core
