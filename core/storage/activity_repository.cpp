#include "activity_repository.h"

#include "common/ids.h"
#include "database.h"
#include "posts/post.h"

#include <QVariant>

namespace Podium::Core {

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

ActivityRepository::ActivityRepository(Database& database)
    : m_database(database)
{}

Result<void> ActivityRepository::append(const Activity& activity)
{
    Statement query = m_database.prepare(
        QStringLiteral("INSERT INTO activities (id, person_id, kind, is_practice, target_is_executive, reference, "
                       "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(activity.id.isEmpty() ? newId() : activity.id);
    query.addBindValue(activity.personId);
    query.addBindValue(activityKindName(activity.kind));
    query.addBindValue(activity.isPractice ? 1 : 0);
    query.addBindValue(activity.targetIsExecutive ? QVariant(*activity.targetIsExecutive ? 1 : 0)
                                                  : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(textOrNull(activity.reference));
    query.addBindValue(activity.occurredAt.toMSecsSinceEpoch());
    return m_database.exec(query);
}

Result<void> ActivityRepository::appendTransition(const Post& post, PostState before, const QString& actorId)
{
    if (post.state == PostState::Published && before != PostState::Published)
        return appendPublished(post, post.updatedAt);
    // The executive approving a delegate's draft, or sending it back, is the review the path asks for.
    const bool leftApproval = before == PostState::AwaitingApproval || before == PostState::Overdue;
    const bool decided = post.state == PostState::Scheduled || post.state == PostState::ChangesRequested;
    if (leftApproval && decided && !actorId.isEmpty() && actorId == post.authorId && post.preparedBy != post.authorId)
        return append(Activity{{}, post.authorId, ActivityKind::Review, post.isPractice, {}, post.id, post.updatedAt});
    return {};
}

Result<void> ActivityRepository::appendPublished(const Post& post, const QDateTime& at)
{
    Activity activity;
    activity.personId = post.authorId;
    activity.kind = activityKindFor(post.kind);
    activity.isPractice = post.isPractice;
    // Likes and follows are counted by what they were about, so liking one post twice counts once.
    activity.reference = post.kind == PostKind::Like || post.kind == PostKind::Follow ? post.inReplyTo : post.id;
    activity.occurredAt = at;
    if (post.isPractice && !post.inReplyTo.isEmpty()) {
        const Result<std::optional<bool>> executive = practiceTargetIsExecutive(post);
        if (!executive)
            return executive.error();
        activity.targetIsExecutive = *executive;
    }
    if (const Result<void> appended = append(activity); !appended)
        return appended;
    if (!post.scheduledAt.isValid() || post.kind == PostKind::Like || post.kind == PostKind::Follow)
        return {};
    const Result<QDateTime> chosen = timeChosen(post);
    if (!chosen)
        return chosen.error();
    if (chosen->secsTo(post.scheduledAt) < scheduledAheadSeconds)
        return {};
    return append(Activity{{}, post.authorId, ActivityKind::Scheduled, post.isPractice, {}, post.id, at});
}

Result<QList<Activity>> ActivityRepository::history(const QString& personId, Track track) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT id, kind, is_practice, target_is_executive, reference, occurred_at FROM activities "
                       "WHERE person_id = ? AND (is_practice = ? OR kind = 'profile-item') ORDER BY occurred_at, id"));
    query.addBindValue(personId);
    query.addBindValue(track == Track::Practice ? 1 : 0);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<Activity> activities;
    while (query.next()) {
        const std::optional<ActivityKind> kind = activityKindFromName(query.value(1).toString());
        if (!kind)
            continue; // written by a newer Podium: this one does not count it
        Activity activity;
        activity.id = query.value(0).toString();
        activity.personId = personId;
        activity.kind = *kind;
        activity.isPractice = query.value(2).toInt() != 0;
        if (!query.value(3).isNull())
            activity.targetIsExecutive = query.value(3).toInt() != 0;
        activity.reference = query.value(4).toString();
        activity.occurredAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        activities.append(activity);
    }
    return activities;
}

Result<std::optional<bool>> ActivityRepository::practiceTargetIsExecutive(const Post& post) const
{
    // A follow names a colleague; everything else names a post, by a colleague or by a person practising
    // (whose role then decides).
    Statement query = m_database.prepare(
        post.kind == PostKind::Follow
            ? QStringLiteral("SELECT is_executive FROM practice_colleagues WHERE id = ?")
            : QStringLiteral("SELECT COALESCE(c.is_executive, CASE WHEN pe.role = 'executive' THEN 1 ELSE 0 END) "
                             "FROM practice_posts p LEFT JOIN practice_colleagues c ON c.id = p.author_colleague_id "
                             "LEFT JOIN people pe ON pe.id = p.author_person_id WHERE p.id = ?"));
    query.addBindValue(post.inReplyTo);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<bool>();
    return std::optional<bool>(query.value(0).toInt() != 0);
}

Result<QDateTime> ActivityRepository::timeChosen(const Post& post) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT MAX(occurred_at) FROM audit_events WHERE subject_type = 'post' AND subject_id = ? "
                       "AND action IN ('post.scheduled', 'post.rescheduled')"));
    query.addBindValue(post.id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (query.next() && !query.value(0).isNull())
        return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    return post.createdAt;
}

} // namespace Podium::Core
