#pragma once

#include "platforms/platform.h"
#include "publishing/platform_directory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace Podium::Tests {

/// A fake network for behaviour no real server here shows on demand: scripted failures (before or after
/// the post is stored, as a dropped connection does), credentials refused, read-back states. It keeps what
/// it "published" per post id so tests can prove nothing was doubled, and counts every call.
class ScriptedPlatform final : public Core::Platform, public Core::PlatformDirectory
{
public:
    /// What the next publish does.
    struct Step
    {
        enum class Kind
        {
            Succeed,
            /// Fails without storing anything.
            FailBefore,
            /// Stores the post, then fails as if the answer was lost.
            FailAfter,
            /// Answers that the server holds the post for later.
            HandOff,
        };
        Kind kind = Kind::Succeed;
        Core::Error error = {};
    };

    void script(QList<Step> steps) { m_steps = std::move(steps); }
    /// Makes confirmLive fail with this error from now on (or succeed again with an invalid error).
    void failReadBack(std::optional<Core::Error> error) { m_readBackError = std::move(error); }
    void setRemoteState(const QString& remoteId, Core::RemotePost::State state) { m_states[remoteId] = state; }
    /// The server publishes a post it held, as Mastodon does: the scheduled id is gone, the status has a new one.
    void publishHeld(const QString& postId);
    /// How often the server holds each post id; anything but 1 is a lost or doubled post.
    int copiesOf(const QString& postId) const { return m_copies.value(postId); }
    int publishCalls() const { return m_publishCalls; }
    int findCalls() const { return m_findCalls; }
    QStringList liked() const { return m_liked; }
    QList<Core::OutgoingPost> sent() const { return m_sent; }

    Core::PlatformKind kind() const override { return Core::PlatformKind::Mastodon; }
    Core::PlatformCapabilities capabilities() const override { return limits; }
    void refreshCapabilities(Done<Core::PlatformCapabilities> done) override;
    void checkCredential(Done<Core::AccountIdentity> done) override;
    void publish(const Core::OutgoingPost& post, Done<Core::RemotePost> done) override;
    void like(const QString& remotePostId, Done<void> done) override;
    void follow(const QString& remoteAccountId, Done<void> done) override;
    void findPublished(const Core::OutgoingPost& post, Done<std::optional<Core::RemotePost>> done) override;
    void confirmLive(const QString& remoteId, Done<Core::RemotePost> done) override;
    void fetchFeed(const Core::FeedRequest& request, Done<Core::FeedPage> done) override;
    void fetchEngagement(const QStringList& remoteIds, Done<QList<Core::Engagement>> done) override;

    /// As a directory it answers every post with itself, or with `directoryError` when set.
    void platformFor(const Core::Post& post, Done<Core::Platform*> done) override;
    std::optional<Core::Error> directoryError;
    /// What capabilities() answers.
    Core::PlatformCapabilities limits;
    /// When set, checkCredential fails with it.
    std::optional<Core::Error> credentialError;

private:
    template <typename T>
    void later(Done<T> done, Core::Result<T> result);

    QObject m_context;
    QList<Step> m_steps;
    std::optional<Core::Error> m_readBackError;
    QHash<QString, int> m_copies;
    QHash<QString, QString> m_remoteIdByPost;
    QHash<QString, Core::RemotePost::State> m_states;
    QSet<QString> m_gone;
    QStringList m_liked;
    QList<Core::OutgoingPost> m_sent;
    int m_publishCalls = 0;
    int m_findCalls = 0;
};

} // namespace Podium::Tests
