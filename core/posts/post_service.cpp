#include "post_service.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/activity_repository.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/person_repository.h"

namespace Podium::Core {

PostService::PostService(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_posts(std::make_unique<PostRepository>(database))
    , m_audit(std::make_unique<AuditRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
    , m_activities(std::make_unique<ActivityRepository>(database))
{}

PostService::~PostService() = default;

Result<Post> PostService::create(const NewPost& request)
{
    if (const Result<Person> author = m_people->find(request.authorId); !author)
        return author.error();
    if (postKindNeedsText(request.kind) && request.body.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("body")};
    if (request.kind == PostKind::Article && request.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("title")};
    if (postKindNeedsTarget(request.kind) && request.inReplyTo.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("target")};
    if (request.platform != PlatformKind::Practice && request.accountId.isEmpty())
        return Error{ErrorCode::AccountNotFound, QStringLiteral("no account given")};
    const QDateTime now = m_clock.now();
    if (request.schedule && request.scheduledAt.isValid() && request.scheduledAt < now)
        return Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};

    Post post;
    post.id = newId();
    post.authorId = request.authorId;
    post.accountId = request.accountId;
    post.platform = request.platform;
    post.kind = request.kind;
    post.state = request.schedule ? PostState::Scheduled : PostState::Draft;
    post.title = request.title;
    post.body = request.body;
    post.inReplyTo = request.inReplyTo;
    post.isPractice = request.platform == PlatformKind::Practice;
    post.preparedBy = request.preparedBy.isEmpty() ? request.authorId : request.preparedBy;
    // "As soon as possible" is stored as now, so the queue orders it and the timer fires at once.
    post.scheduledAt = request.schedule && !request.scheduledAt.isValid() ? now : request.scheduledAt;
    post.scheduledZone = request.scheduledZone;
    post.handOff = request.handOff && !post.isPractice;
    post.createdAt = now;
    post.updatedAt = now;

    const AuditEvent event{newId(),
                           now,
                           post.preparedBy,
                           post.preparedBy == post.authorId ? QString() : post.authorId,
                           post.state == PostState::Scheduled ? QStringLiteral("post.scheduled")
                                                              : QStringLiteral("post.drafted"),
                           QStringLiteral("post"),
                           post.id,
                           {}};
    if (const Result<void> written = m_database.transaction([&]() -> Result<void> {
            if (const Result<void> inserted = m_posts->insert(post); !inserted)
                return inserted;
            return m_audit->append(event);
        });
        !written)
        return written.error();
    Q_EMIT postChanged(post.id, post.state);
    return post;
}

Result<Post> PostService::find(const QString& id) const
{
    return m_posts->find(id);
}

Result<QList<Post>> PostService::list(const PostFilter& filter) const
{
    return m_posts->list(filter);
}

Result<QMap<PostState, int>> PostService::countByState() const
{
    return m_posts->countByState();
}

Result<Post> PostService::schedule(const QString& id, const QDateTime& at, const QString& zone, const QString& actorId)
{
    const QDateTime now = m_clock.now();
    if (at.isValid() && at < now)
        return Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};
    return transition(id,
                      {PostState::Draft, PostState::Scheduled, PostState::Missed, PostState::Failed,
                       PostState::NeedsReconnect, PostState::RetryWaiting},
                      PostState::Scheduled, actorId, QStringLiteral("post.scheduled"), {}, [&](Post& post) {
                          post.scheduledAt = at.isValid() ? at : now;
                          post.scheduledZone = zone;
                          post.attempts = 0;
                          post.nextAttemptAt = {};
                          post.lastErrorCode.clear();
                          post.lastErrorDetail.clear();
                      });
}

Result<Post> PostService::cancel(const QString& id, const QString& actorId)
{
    return transition(id,
                      {PostState::Draft, PostState::AwaitingApproval, PostState::ChangesRequested, PostState::Scheduled,
                       PostState::RetryWaiting, PostState::Overdue, PostState::Missed, PostState::NeedsReconnect},
                      PostState::Cancelled, actorId, QStringLiteral("post.cancelled"), {});
}

Result<Post> PostService::revise(const QString& id, std::initializer_list<PostState> from,
                                 const std::function<void(Post&)>& change)
{
    Result<Post> current = m_posts->find(id);
    if (!current)
        return current.error();
    Post post = std::move(*current);
    const PostState before = post.state;
    if (std::find(from.begin(), from.end(), before) == from.end())
        return Error{ErrorCode::PostStateInvalid, postStateName(before)};
    change(post);
    post.state = before;
    post.updatedAt = m_clock.now();
    if (const Result<void> updated = m_posts->update(post, before); !updated)
        return updated.error();
    Q_EMIT postChanged(post.id, post.state);
    return post;
}

Result<Post> PostService::transition(const QString& id, std::initializer_list<PostState> from, PostState to,
                                     const QString& actorId, const QString& action, const QString& detail,
                                     const std::function<void(Post&)>& change, Durability durability)
{
    return transitionWith(id, nullptr, from, to, actorId, action, detail, change, durability);
}

Result<Post> PostService::transition(const Post& current, std::initializer_list<PostState> from, PostState to,
                                     const QString& actorId, const QString& action, const QString& detail,
                                     const std::function<void(Post&)>& change, Durability durability)
{
    return transitionWith(current.id, &current, from, to, actorId, action, detail, change, durability);
}

Result<Post> PostService::transitionWith(const QString& id, const Post* known, std::initializer_list<PostState> from,
                                         PostState to, const QString& actorId, const QString& action,
                                         const QString& detail, const std::function<void(Post&)>& change,
                                         Durability durability)
{
    Post post;
    const Result<void> written = m_database.transaction(
        [&]() -> Result<void> {
            Result<Post> moved = apply(id, known, from, to, actorId, action, detail, change);
            if (!moved)
                return moved.error();
            post = std::move(*moved);
            return {};
        },
        durability);
    if (!written)
        return written.error();
    Q_EMIT postChanged(post.id, post.state);
    return post;
}

Result<QList<Post>> PostService::transitionEach(const QStringList& ids, std::initializer_list<PostState> from,
                                                PostState to, const QString& action,
                                                const std::function<void(Post&)>& change)
{
    QList<Post> moved;
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        for (const QString& id : ids) {
            Result<Post> post = apply(id, nullptr, from, to, {}, action, {}, change);
            if (post)
                moved.append(std::move(*post));
            else if (post.error().code != ErrorCode::PostStateInvalid && post.error().code != ErrorCode::PostNotFound)
                return post.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    for (const Post& post : std::as_const(moved))
        Q_EMIT postChanged(post.id, post.state);
    return moved;
}

Result<Post> PostService::apply(const QString& id, const Post* known, std::initializer_list<PostState> from,
                                PostState to, const QString& actorId, const QString& action, const QString& detail,
                                const std::function<void(Post&)>& change)
{
    if (known) {
        // Optimistic: written only if the row is exactly as the caller last saw it; otherwise read it afresh.
        Result<Post> moved = move(*known, from, to, actorId, action, detail, change, known->updatedAt);
        if (moved || moved.error().code != ErrorCode::PostStateInvalid)
            return moved;
    }
    const Result<Post> current = m_posts->find(id);
    if (!current)
        return current.error();
    return move(*current, from, to, actorId, action, detail, change, {});
}

Result<Post> PostService::move(Post post, std::initializer_list<PostState> from, PostState to, const QString& actorId,
                               const QString& action, const QString& detail, const std::function<void(Post&)>& change,
                               const QDateTime& expectedUpdatedAt)
{
    const PostState before = post.state;
    if (std::find(from.begin(), from.end(), before) == from.end())
        return Error{ErrorCode::PostStateInvalid, postStateName(before) + QStringLiteral(" → ") + postStateName(to)};
    post.state = to;
    post.updatedAt = m_clock.now();
    if (change)
        change(post);
    if (const Result<void> updated = m_posts->update(post, before, expectedUpdatedAt); !updated)
        return updated.error();
    const QString actingFor = actorId.isEmpty() || actorId == post.authorId ? QString() : post.authorId;
    const Result<void> audited = m_audit->append(
        AuditEvent{newId(), post.updatedAt, actorId, actingFor, action, QStringLiteral("post"), post.id,
                   detail.isEmpty() ? postStateName(before) + QStringLiteral(" → ") + postStateName(to) : detail});
    if (!audited)
        return audited.error();
    // Every transition passes here, inside its transaction: what the onboarding path counts (a publication,
    // an executive's review) is recorded exactly once, and never for a move that was rolled back.
    if (const Result<void> recorded = m_activities->appendTransition(post, before, actorId); !recorded)
        return recorded.error();
    return post;
}

} // namespace Podium::Core
