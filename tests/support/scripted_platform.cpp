#include "scripted_platform.h"

#include <QTimer>

namespace Podium::Tests {

using namespace Podium::Core;

template <typename T>
void ScriptedPlatform::later(Done<T> done, Result<T> result)
{
    QTimer::singleShot(0, &m_context,
                       [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void ScriptedPlatform::refreshCapabilities(Done<PlatformCapabilities> done)
{
    later<PlatformCapabilities>(std::move(done), capabilities());
}

void ScriptedPlatform::checkCredential(Done<AccountIdentity> done)
{
    if (credentialError) {
        later<AccountIdentity>(std::move(done), *credentialError);
        return;
    }
    later<AccountIdentity>(std::move(done), AccountIdentity{QStringLiteral("1"), QStringLiteral("@dana"), {}, {}});
}

void ScriptedPlatform::publish(const OutgoingPost& post, Done<RemotePost> done)
{
    ++m_publishCalls;
    m_sent.append(post);
    const Step step = m_steps.isEmpty() ? Step{} : m_steps.takeFirst();
    if (step.kind == Step::Kind::FailBefore) {
        later<RemotePost>(std::move(done), step.error);
        return;
    }
    const QString remoteId = QStringLiteral("remote-") + post.id;
    // A real server with an Idempotency-Key returns the first copy; this one counts copies to catch doubles.
    if (!m_remoteIdByPost.contains(post.id) || step.kind == Step::Kind::Succeed || step.kind == Step::Kind::HandOff)
        m_copies[post.id] += 1;
    m_remoteIdByPost.insert(post.id, remoteId);
    if (step.kind == Step::Kind::FailAfter) {
        later<RemotePost>(std::move(done), step.error);
        return;
    }
    // Like a real server, it holds a post that comes with a time.
    const RemotePost::State state = step.kind == Step::Kind::HandOff || post.scheduledAt.isValid()
                                        ? RemotePost::State::ScheduledOnServer
                                        : RemotePost::State::Live;
    m_states.insert(remoteId, state);
    later<RemotePost>(std::move(done), RemotePost{remoteId, state, {}, {}});
}

void ScriptedPlatform::publishHeld(const QString& postId)
{
    const QString held = m_remoteIdByPost.value(postId);
    m_gone.insert(held);
    const QString live = QStringLiteral("status-") + postId;
    m_remoteIdByPost.insert(postId, live);
    m_states.insert(live, RemotePost::State::Live);
}

void ScriptedPlatform::like(const QString& remotePostId, Done<void> done)
{
    m_liked.append(remotePostId);
    later<void>(std::move(done), {});
}

void ScriptedPlatform::follow(const QString&, Done<void> done)
{
    later<void>(std::move(done), {});
}

void ScriptedPlatform::findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    ++m_findCalls;
    if (!m_remoteIdByPost.contains(post.id)) {
        later<std::optional<RemotePost>>(std::move(done), std::optional<RemotePost>());
        return;
    }
    const QString remoteId = m_remoteIdByPost.value(post.id);
    later<std::optional<RemotePost>>(
        std::move(done),
        std::optional<RemotePost>(RemotePost{remoteId,
                                             m_states.value(remoteId, RemotePost::State::Live),
                                             QUrl(QStringLiteral("https://social.example.com/@dana/") + remoteId),
                                             {}}));
}

void ScriptedPlatform::confirmLive(const QString& remoteId, Done<RemotePost> done)
{
    if (m_readBackError) {
        later<RemotePost>(std::move(done), *m_readBackError);
        return;
    }
    if (m_gone.contains(remoteId)) {
        later<RemotePost>(std::move(done), Error{ErrorCode::PlatformTargetNotFound, remoteId});
        return;
    }
    QUrl url(QStringLiteral("https://social.example.com/@dana/") + remoteId);
    later<RemotePost>(std::move(done),
                      RemotePost{remoteId, m_states.value(remoteId, RemotePost::State::Live), url, {}});
}

void ScriptedPlatform::fetchFeed(const FeedRequest&, Done<FeedPage> done)
{
    later<FeedPage>(std::move(done), FeedPage{});
}

void ScriptedPlatform::fetchEngagement(const QStringList&, Done<QList<Engagement>> done)
{
    later<QList<Engagement>>(std::move(done), QList<Engagement>());
}

void ScriptedPlatform::platformFor(const Post&, Done<Platform*> done)
{
    if (directoryError) {
        later<Platform*>(std::move(done), *directoryError);
        return;
    }
    later<Platform*>(std::move(done), static_cast<Platform*>(this));
}

} // namespace Podium::Tests
