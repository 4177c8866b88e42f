#include "practice_repository.h"

#include "common/ids.h"
#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

namespace {

const QString recordColumns = QStringLiteral("id, post_id, author_person_id, author_colleague_id, kind, title, body, "
                                             "in_reply_to, created_at, likes, replies");

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

PracticeRecord recordFrom(const Statement& query)
{
    return PracticeRecord{query.value(0).toString(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          query.value(3).toString(),
                          query.value(4).toString(),
                          query.value(5).toString(),
                          query.value(6).toString(),
                          query.value(7).toString(),
                          QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC),
                          query.value(9).toInt(),
                          query.value(10).toInt()};
}

} // namespace

PracticeRepository::PracticeRepository(Database& database)
    : m_database(database)
{}

Result<int> PracticeRepository::colleagueCount() const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT count(*) FROM practice_colleagues"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    query.next();
    return query.value(0).toInt();
}

Result<void> PracticeRepository::seedIfEmpty(const PracticeSeed& seed, const QDateTime& now)
{
    return m_database.transaction([&]() -> Result<void> {
        const Result<int> existing = colleagueCount();
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return {};
        for (const PracticeColleague& colleague : seed.colleagues) {
            Statement insert = m_database.prepare(
                QStringLiteral("INSERT INTO practice_colleagues (id, display_name, handle, title, department, "
                               "is_executive) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(colleague.id), QVariant(colleague.name), QVariant(colleague.handle),
                  QVariant(colleague.title), QVariant(colleague.department), QVariant(colleague.isExecutive ? 1 : 0)})
                insert.addBindValue(value);
            if (const Result<void> run = m_database.exec(insert); !run)
                return run;
        }
        int number = 0;
        for (const PracticeSeedPost& post : seed.posts) {
            const qint64 created = now.addSecs(-qint64(post.hoursAgo) * 3600).toMSecsSinceEpoch();
            Statement insert = m_database.prepare(
                QStringLiteral("INSERT INTO practice_posts (id, author_colleague_id, kind, body, created_at, "
                               "publish_at, likes, replies) VALUES (?, ?, 'status', ?, ?, ?, ?, ?)"));
            // Believable, varied reactions: older posts have gathered more.
            const int likes = 2 + (post.hoursAgo / 6 + number * 7) % 23;
            const int replies = (post.hoursAgo / 12 + number) % 6;
            for (const QVariant& value :
                 {QVariant(QStringLiteral("seed-%1").arg(++number)), QVariant(post.authorId), QVariant(post.text),
                  QVariant(created), QVariant(created), QVariant(likes), QVariant(replies)})
                insert.addBindValue(value);
            if (const Result<void> run = m_database.exec(insert); !run)
                return run;
        }
        return {};
    });
}

Result<PracticeRecord> PracticeRepository::insertOwn(const PracticeRecord& record)
{
    PracticeRecord stored;
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        const Result<std::optional<PracticeRecord>> existing = findByPostId(record.postId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            stored = **existing;
            return {};
        }
        stored = record;
        stored.id = newId();
        Statement insert = m_database.prepare(
            QStringLiteral("INSERT INTO practice_posts (id, post_id, author_person_id, kind, title, body, in_reply_to, "
                           "created_at, publish_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 created = stored.createdAt.toMSecsSinceEpoch();
        for (const QVariant& value :
             {QVariant(stored.id), QVariant(stored.postId), QVariant(stored.authorPersonId), QVariant(stored.kind),
              text(stored.title), QVariant(stored.body), text(stored.inReplyTo), QVariant(created), QVariant(created)})
            insert.addBindValue(value);
        if (const Result<void> run = m_database.exec(insert); !run)
            return run;
        if (stored.inReplyTo.isEmpty())
            return {};
        Statement parent =
            m_database.prepare(QStringLiteral("UPDATE practice_posts SET replies = replies + 1 WHERE id = ?"));
        parent.addBindValue(stored.inReplyTo);
        return m_database.exec(parent);
    });
    if (!written)
        return written.error();
    return stored;
}

Result<std::optional<PracticeRecord>> PracticeRepository::findByPostId(const QString& postId) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT ") + recordColumns +
                                         QStringLiteral(" FROM practice_posts WHERE post_id = ?"));
    query.addBindValue(postId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return std::optional<PracticeRecord>();
    return std::optional<PracticeRecord>(recordFrom(query));
}

Result<PracticeRecord> PracticeRepository::find(const QString& id) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT ") + recordColumns +
                                         QStringLiteral(" FROM practice_posts WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::PlatformTargetNotFound, id};
    return recordFrom(query);
}

Result<void> PracticeRepository::like(const QString& personId, const QString& practicePostId, const QDateTime& now)
{
    return m_database.transaction([&]() -> Result<void> {
        if (const Result<PracticeRecord> target = find(practicePostId); !target)
            return target.error();
        Statement already = m_database.prepare(
            QStringLiteral("SELECT 1 FROM practice_likes WHERE practice_post_id = ? AND person_id = ?"));
        already.addBindValue(practicePostId);
        already.addBindValue(personId);
        if (const Result<void> run = m_database.exec(already); !run)
            return run;
        if (already.next())
            return {};
        Statement insert = m_database.prepare(
            QStringLiteral("INSERT INTO practice_likes (practice_post_id, person_id, liked_at) VALUES (?, ?, ?)"));
        insert.addBindValue(practicePostId);
        insert.addBindValue(personId);
        insert.addBindValue(now.toMSecsSinceEpoch());
        if (const Result<void> run = m_database.exec(insert); !run)
            return run;
        Statement count =
            m_database.prepare(QStringLiteral("UPDATE practice_posts SET likes = likes + 1 WHERE id = ?"));
        count.addBindValue(practicePostId);
        return m_database.exec(count);
    });
}

Result<void> PracticeRepository::follow(const QString& personId, const QString& colleagueId, const QDateTime& now)
{
    Statement known = m_database.prepare(QStringLiteral("SELECT 1 FROM practice_colleagues WHERE id = ?"));
    known.addBindValue(colleagueId);
    if (const Result<void> run = m_database.exec(known); !run)
        return run;
    if (!known.next())
        return Error{ErrorCode::PlatformTargetNotFound, colleagueId};
    known.finish();
    Statement insert = m_database.prepare(
        QStringLiteral("INSERT INTO practice_follows (colleague_id, person_id, followed_at) SELECT ?, ?, ? WHERE NOT "
                       "EXISTS (SELECT 1 FROM practice_follows WHERE colleague_id = ? AND person_id = ?)"));
    for (const QVariant& value : {QVariant(colleagueId), QVariant(personId), QVariant(now.toMSecsSinceEpoch()),
                                  QVariant(colleagueId), QVariant(personId)})
        insert.addBindValue(value);
    return m_database.exec(insert);
}

Result<QList<FeedItem>> PracticeRepository::feed(const QString& personId, int limit, int offset) const
{
    Statement query = m_database.prepare(QStringLiteral(
        "SELECT p.id, c.id, c.display_name, c.handle, c.title, c.is_executive, p.body, p.created_at, p.likes, "
        "p.replies, EXISTS (SELECT 1 FROM practice_likes l WHERE l.practice_post_id = p.id AND l.person_id = ?), "
        "c.department, EXISTS (SELECT 1 FROM practice_follows f WHERE f.colleague_id = c.id AND f.person_id = ?) "
        "FROM practice_posts p JOIN practice_colleagues c ON c.id = p.author_colleague_id "
        "ORDER BY p.created_at DESC, p.id LIMIT ? OFFSET ?"));
    query.addBindValue(personId);
    query.addBindValue(personId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<FeedItem> items;
    while (query.next()) {
        FeedItem item;
        item.remoteId = query.value(0).toString();
        item.authorId = query.value(1).toString();
        item.authorName = query.value(2).toString();
        item.authorHandle = QLatin1Char('@') + query.value(3).toString();
        item.authorTitle = query.value(4).toString();
        item.authorIsExecutive = query.value(5).toInt() != 0;
        item.text = query.value(6).toString();
        item.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        item.likes = query.value(8).toInt();
        item.replies = query.value(9).toInt();
        item.likedByMe = query.value(10).toBool();
        item.authorDepartment = query.value(11).toString();
        item.followingAuthor = query.value(12).toBool();
        items.append(item);
    }
    return items;
}

} // namespace Podium::Core
