#pragma once

#include "account_identity.h"
#include "common/result.h"
#include "engagement.h"
#include "feed_item.h"
#include "outgoing_post.h"
#include "platform_capabilities.h"
#include "platform_kind.h"
#include "remote_post.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Podium::Core {

/// One signed-in account on one network: everything Podium asks of a network goes through here.
///
/// Every call is asynchronous: `done` runs exactly once, later, from the event loop (never inside the call
/// itself), with the value or an Error whose code says what happened: isTransient() codes are worth
/// retrying (respecting Error::retryAt), PlatformCredentialRefused means the account must be reconnected,
/// anything else is final and Error::detail carries the server's reason in plain words.
class Platform
{
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    virtual ~Platform() = default;

    virtual PlatformKind kind() const = 0;
    /// What the server allows and how it counts; defaults until refreshCapabilities() has answered.
    virtual PlatformCapabilities capabilities() const = 0;
    virtual void refreshCapabilities(Done<PlatformCapabilities> done) = 0;
    /// Checks the credential and says whose it is.
    virtual void checkCredential(Done<AccountIdentity> done) = 0;

    /// Publishes a Status, Reply, Comment or Article, or hands it off when post.scheduledAt is ahead and
    /// the server schedules natively. Sending the same post.id again never creates a second post.
    virtual void publish(const OutgoingPost& post, Done<RemotePost> done) = 0;
    /// Likes (favourites) the post with this remote id. Liking twice is not an error.
    virtual void like(const QString& remotePostId, Done<void> done) = 0;
    virtual void follow(const QString& remoteAccountId, Done<void> done) = 0;

    /// Looks for a post published earlier under post.id (after a crash mid-publish): the server's copy, or
    /// nullopt when the server has none, so it is safe to publish.
    virtual void findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done) = 0;
    /// Reads a published or handed-off post back from the server: its current state and URL.
    virtual void confirmLive(const QString& remoteId, Done<RemotePost> done) = 0;

    /// Recent posts by colleagues, newest first.
    virtual void fetchFeed(const FeedRequest& request, Done<FeedPage> done) = 0;
    /// Likes, replies and reposts of posts Podium published.
    virtual void fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done) = 0;
};

} // namespace Podium::Core
