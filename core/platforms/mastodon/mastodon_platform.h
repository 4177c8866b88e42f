#pragma once

#include "mastodon_objects.h"
#include "platforms/http_client.h"
#include "platforms/platform.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Podium::Core {

class Clock;

/// One account on a server speaking the Mastodon client API (Mastodon, GoToSocial, Akkoma, snac…).
///
/// Statuses, replies, favourites, follows and native scheduling, with the post's id as the Idempotency-Key;
/// servers ignoring the key (snac) are covered by findPublished, which recognises the post by its text.
class MastodonPlatform final : public Platform
{
public:
    /// `serverUrl` is the server's base URL (http or https, optionally with a path prefix).
    MastodonPlatform(QNetworkAccessManager* network, const Clock& clock, QUrl serverUrl, QString accessToken);
    ~MastodonPlatform() override;

    PlatformKind kind() const override { return PlatformKind::Mastodon; }
    PlatformCapabilities capabilities() const override { return m_capabilities; }
    void refreshCapabilities(Done<PlatformCapabilities> done) override;
    void checkCredential(Done<AccountIdentity> done) override;

    void publish(const OutgoingPost& post, Done<RemotePost> done) override;
    void like(const QString& remotePostId, Done<void> done) override;
    void follow(const QString& remoteAccountId, Done<void> done) override;

    void findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done) override;
    /// A Mastodon ScheduledStatus id stops existing once the server published it (the status gets a new
    /// id): PlatformTargetNotFound for a handed-off id means "look for it with findPublished".
    void confirmLive(const QString& remoteId, Done<RemotePost> done) override;

    /// The home timeline without the account's own posts; the cursor is the server's Link rel="next".
    void fetchFeed(const FeedRequest& request, Done<FeedPage> done) override;
    void fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done) override;

    QUrl serverUrl() const { return m_serverUrl; }

private:
    /// A decoded 2xx answer and its pagination link.
    struct Reply
    {
        QJsonValue json;
        QUrl next;
    };

    QUrl endpoint(const QString& path) const;
    /// Sends an authorized request; non-2xx answers become the mapped Error, 2xx bodies must be JSON.
    void call(const QByteArray& verb, const QUrl& url, const QJsonObject& body, const QByteArray& idempotencyKey,
              Done<Reply> done);
    /// Runs `done` from the event loop, never inside the caller's stack.
    template <typename T>
    void later(Done<T> done, Result<T> result);

    void createStatus(const OutgoingPost& post, Done<RemotePost> done);
    void withOwnAccountId(Done<QString> done);
    void searchOwnStatuses(const OutgoingPost& post, const QUrl& page, int pagesLeft,
                           Done<std::optional<RemotePost>> done);
    void searchScheduled(const OutgoingPost& post, Done<std::optional<RemotePost>> done);
    void fetchFeedPage(const QUrl& url, const QString& ownAccountId, Done<FeedPage> done);
    void collectEngagement(QStringList remaining, QList<Engagement> collected, Done<QList<Engagement>> done);
    RemotePost remotePostFor(const MastodonStatus& status) const;
    bool sameServer(const QUrl& url) const;

    HttpClient m_http;
    const Clock& m_clock;
    QUrl m_serverUrl;
    QByteArray m_authorization;
    PlatformCapabilities m_capabilities;
    QString m_ownAccountId;
    /// Owns the callbacks in flight: destroying the platform drops them instead of calling into freed memory.
    std::unique_ptr<QObject> m_context;
};

} // namespace Podium::Core
