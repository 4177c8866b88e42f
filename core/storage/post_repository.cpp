#include "post_repository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

namespace {

const QString columns = QStringLiteral(
    "id, author_id, account_id, platform, kind, state, title, body, in_reply_to, is_practice, prepared_by, "
    "approved_by, published_by, scheduled_at, scheduled_zone, approve_by, attempts, next_attempt_at, remote_id, "
    "remote_url, last_error_code, last_error_detail, created_at, updated_at, hand_off, submitted_title, "
    "submitted_body, "
    "review_comment");

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant instant(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// The values for every column after id, in the order of `columns`.
QList<QVariant> valuesAfterId(const Post& post)
{
    return {QVariant(post.authorId), text(post.accountId), QVariant(platformKindName(post.platform)),
            QVariant(postKindName(post.kind)), QVariant(postStateName(post.state)), text(post.title),
            // Likes and follows have no text, but the column is NOT NULL; a null QString would bind as NULL.
            QVariant(post.body.isNull() ? QStringLiteral("") : post.body), text(post.inReplyTo),
            QVariant(post.isPractice ? 1 : 0), text(post.preparedBy), text(post.approvedBy), text(post.publishedBy),
            instant(post.scheduledAt), text(post.scheduledZone), instant(post.approveBy), QVariant(post.attempts),
            instant(post.nextAttemptAt), text(post.remoteId), text(post.remoteUrl), text(post.lastErrorCode),
            text(post.lastErrorDetail), instant(post.createdAt), instant(post.updatedAt),
            QVariant(post.handOff ? 1 : 0), text(post.submittedTitle), text(post.submittedBody),
            text(post.reviewComment)};
}

Post postFrom(const Statement& query)
{
    Post post;
    post.id = query.value(0).toString();
    post.authorId = query.value(1).toString();
    post.accountId = query.value(2).toString();
    post.platform = platformKindFromName(query.value(3).toString()).value_or(PlatformKind::Practice);
    post.kind = postKindFromName(query.value(4).toString()).value_or(PostKind::Status);
    post.state = postStateFromName(query.value(5).toString()).value_or(PostState::Draft);
    post.title = query.value(6).toString();
    post.body = query.value(7).toString();
    post.inReplyTo = query.value(8).toString();
    post.isPractice = query.value(9).toInt() != 0;
    post.preparedBy = query.value(10).toString();
    post.approvedBy = query.value(11).toString();
    post.publishedBy = query.value(12).toString();
    post.scheduledAt = instantFrom(query.value(13));
    post.scheduledZone = query.value(14).toString();
    post.approveBy = instantFrom(query.value(15));
    post.attempts = query.value(16).toInt();
    post.nextAttemptAt = instantFrom(query.value(17));
    post.remoteId = query.value(18).toString();
    post.remoteUrl = query.value(19).toString();
    post.lastErrorCode = query.value(20).toString();
    post.lastErrorDetail = query.value(21).toString();
    post.createdAt = instantFrom(query.value(22));
    post.updatedAt = instantFrom(query.value(23));
    post.handOff = query.value(24).toInt() != 0;
    post.submittedTitle = query.value(25).toString();
    post.submittedBody = query.value(26).toString();
    post.reviewComment = query.value(27).toString();
    return post;
}

} // namespace

PostRepository::PostRepository(Database& database)
    : m_database(database)
{}

Result<void> PostRepository::insert(const Post& post)
{
    Statement query =
        m_database.prepare(QStringLiteral("INSERT INTO posts (") + columns + QStringLiteral(") VALUES (?") +
                           QStringLiteral(", ?").repeated(27) + QStringLiteral(")"));
    query.addBindValue(post.id);
    for (const QVariant& value : valuesAfterId(post))
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<Post> PostRepository::find(const QString& id) const
{
    Statement query =
        m_database.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM posts WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::PostNotFound, id};
    return postFrom(query);
}

Result<void> PostRepository::update(const Post& post, PostState expected, const QDateTime& expectedUpdatedAt)
{
    QStringList assignments = columns.split(QStringLiteral(", "));
    assignments.removeFirst(); // id never changes
    for (QString& assignment : assignments)
        assignment += QStringLiteral(" = ?");
    Statement query =
        m_database.prepare(QStringLiteral("UPDATE posts SET ") + assignments.join(QStringLiteral(", ")) +
                           QStringLiteral(" WHERE id = ? AND state = ?") +
                           (expectedUpdatedAt.isValid() ? QStringLiteral(" AND updated_at = ?") : QString()));
    for (const QVariant& value : valuesAfterId(post))
        query.addBindValue(value);
    query.addBindValue(post.id);
    query.addBindValue(postStateName(expected));
    if (expectedUpdatedAt.isValid())
        query.addBindValue(instant(expectedUpdatedAt));
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::PostStateInvalid, post.id};
    return {};
}

Result<QList<Post>> PostRepository::list(const PostFilter& filter) const
{
    QStringList conditions;
    QList<QVariant> values;
    if (filter.state) {
        conditions << QStringLiteral("state = ?");
        values << postStateName(*filter.state);
    }
    if (!filter.authorId.isEmpty()) {
        conditions << QStringLiteral("author_id = ?");
        values << filter.authorId;
    }
    if (!filter.authorIds.isEmpty()) {
        QStringList marks;
        for (const QString& author : filter.authorIds) {
            marks << QStringLiteral("?");
            values << author;
        }
        conditions << QStringLiteral("author_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (!filter.preparedBy.isEmpty()) {
        conditions << QStringLiteral("prepared_by = ?");
        values << filter.preparedBy;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Statement query = m_database.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM posts") + where +
                                         QStringLiteral(" ORDER BY scheduled_at DESC, created_at DESC, id "
                                                        "LIMIT ? OFFSET ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    query.addBindValue(filter.offset);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<Post> posts;
    while (query.next())
        posts.append(postFrom(query));
    return posts;
}

Result<QList<Post>> PostRepository::due(const QDateTime& now, int limit) const
{
    // One index range scan per source rather than one OR that would read the whole table. The states are
    // written into the SQL, not bound, so the planner can pick the partial indexes made for them.
    QList<Post> posts;
    const std::pair<const char*, const char*> sources[] = {
        {"scheduled", "scheduled_at"}, {"retry-waiting", "next_attempt_at"}, {"handed-off", "next_attempt_at"}};
    for (const auto& [state, column] : sources) {
        Statement query =
            m_database.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM posts WHERE state = '") +
                               QLatin1String(state) + QStringLiteral("' AND ") + QLatin1String(column) +
                               QStringLiteral(" <= ? ORDER BY ") + QLatin1String(column) + QStringLiteral(" LIMIT ?"));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(limit);
        if (const Result<void> run = m_database.exec(query); !run)
            return run.error();
        while (query.next())
            posts.append(postFrom(query));
    }
    // Posts to hand off are due as soon as they are queued: the server holds them until their time. Those
    // whose time has come are already among the scheduled ones above.
    Statement handOff = m_database.prepare(QStringLiteral("SELECT ") + columns +
                                           QStringLiteral(" FROM posts WHERE hand_off = 1 AND state = 'scheduled' "
                                                          "AND scheduled_at > ? ORDER BY scheduled_at LIMIT ?"));
    handOff.addBindValue(now.toMSecsSinceEpoch());
    handOff.addBindValue(limit);
    if (const Result<void> run = m_database.exec(handOff); !run)
        return run.error();
    while (handOff.next())
        posts.append(postFrom(handOff));
    std::sort(posts.begin(), posts.end(),
              [](const Post& a, const Post& b) { return PostRepository::dueAt(a) < PostRepository::dueAt(b); });
    if (posts.size() > limit)
        posts.resize(limit);
    return posts;
}

Result<std::optional<QDateTime>> PostRepository::nextDueAt() const
{
    // One indexed minimum per way of becoming due; the same sources as due().
    Statement query = m_database.prepare(
        QStringLiteral("SELECT (SELECT min(scheduled_at) FROM posts WHERE state = 'scheduled'), "
                       "(SELECT min(next_attempt_at) FROM posts WHERE state = 'retry-waiting'), "
                       "(SELECT min(next_attempt_at) FROM posts WHERE state = 'handed-off'), "
                       "(SELECT min(updated_at) FROM posts WHERE hand_off = 1 AND state = 'scheduled'), "
                       "(SELECT min(approve_by) FROM posts WHERE state = 'awaiting-approval')"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    std::optional<QDateTime> earliest;
    if (query.next()) {
        for (int column = 0; column < 5; ++column) {
            const QDateTime candidate = instantFrom(query.value(column));
            if (candidate.isValid() && (!earliest || candidate < *earliest))
                earliest = candidate;
        }
    }
    return earliest;
}

Result<QList<Post>> PostRepository::pastApprovalDeadline(const QDateTime& now, int limit) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT ") + columns +
                                         QStringLiteral(" FROM posts WHERE state = 'awaiting-approval' AND "
                                                        "approve_by <= ? ORDER BY approve_by LIMIT ?"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<Post> posts;
    while (query.next())
        posts.append(postFrom(query));
    return posts;
}

QDateTime PostRepository::dueAt(const Post& post)
{
    if (post.state == PostState::Scheduled)
        return post.handOff ? post.updatedAt : post.scheduledAt;
    return post.nextAttemptAt;
}

Result<QList<Post>> PostRepository::inState(PostState state, int limit) const
{
    PostFilter filter;
    filter.state = state;
    filter.limit = limit;
    return list(filter);
}

Result<QMap<PostState, int>> PostRepository::countByState() const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT state, count(*) FROM posts GROUP BY state"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QMap<PostState, int> counts;
    while (query.next())
        if (const std::optional<PostState> state = postStateFromName(query.value(0).toString()))
            counts.insert(*state, query.value(1).toInt());
    return counts;
}

} // namespace Podium::Core
