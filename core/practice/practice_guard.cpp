#include "practice_guard.h"

#include "posts/post.h"
#include "storage/practice_session_repository.h"

namespace Podium::Core {

namespace {

/// How soon a held post is looked at again once its author's session runs over its planned time.
constexpr qint64 overrunRecheckSeconds = 60;

} // namespace

PracticeGuard::PracticeGuard(Database& database)
    : m_sessions(std::make_unique<PracticeSessionRepository>(database))
{}

PracticeGuard::~PracticeGuard() = default;

Result<void> PracticeGuard::checkLive(const QString& executiveId, PlatformKind platform) const
{
    if (platform == PlatformKind::Practice)
        return {};
    const Result<QHash<QString, QDateTime>> open = m_sessions->plannedEndsOfOpen(executiveId);
    if (!open)
        return open.error();
    if (open->contains(executiveId))
        return Error{ErrorCode::PracticeSessionLiveBlocked, QStringLiteral("practice session planned to end at ") +
                                                                open->value(executiveId).toString(Qt::ISODate)};
    return {};
}

Result<QHash<QString, QDateTime>> PracticeGuard::holds(const QList<Post>& posts, const QDateTime& now) const
{
    QHash<QString, QDateTime> held;
    bool anyLive = false;
    for (const Post& post : posts)
        anyLive = anyLive || post.platform != PlatformKind::Practice;
    // Most batches are practice posts or come while nobody practises: one small query at most.
    if (!anyLive)
        return held;
    const Result<QHash<QString, QDateTime>> open = m_sessions->plannedEndsOfOpen();
    if (!open)
        return open.error();
    if (open->isEmpty())
        return held;
    const QDateTime soonest = now.addSecs(overrunRecheckSeconds);
    for (const Post& post : posts) {
        if (post.platform == PlatformKind::Practice || !open->contains(post.authorId))
            continue;
        const QDateTime plannedEnd = open->value(post.authorId);
        held.insert(post.id, plannedEnd > soonest ? plannedEnd : soonest);
    }
    return held;
}

} // namespace Podium::Core
