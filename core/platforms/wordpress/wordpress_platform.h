#pragma once

#include "platforms/platform.h"

#include <memory>

class QNetworkAccessManager;

namespace Podium::Core {

class Clock;
class WordPressClient;
class WordPressComments;

/// One WordPress account over the REST API with an application password: articles (native scheduling
/// with the `future` status), comments and replies; no statuses, likes or follows.
class WordPressPlatform final : public Platform
{
public:
    WordPressPlatform(QNetworkAccessManager* network, const Clock& clock, QUrl siteUrl, QString user,
                      QString applicationPassword);
    ~WordPressPlatform() override;

    /// The slug an article is published under, "podium-<uuid>": unique, so a retry can find it.
    static QString slugFor(const QString& postId);

    PlatformKind kind() const override;
    PlatformCapabilities capabilities() const override;
    void refreshCapabilities(Done<PlatformCapabilities> done) override;
    void checkCredential(Done<AccountIdentity> done) override;

    void publish(const OutgoingPost& post, Done<RemotePost> done) override;
    void like(const QString& remotePostId, Done<void> done) override;
    void follow(const QString& remoteAccountId, Done<void> done) override;

    void findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done) override;
    void confirmLive(const QString& remoteId, Done<RemotePost> done) override;

    void fetchFeed(const FeedRequest& request, Done<FeedPage> done) override;
    void fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done) override;

private:
    void publishArticle(const OutgoingPost& post, Done<RemotePost> done);
    /// How far ahead of now the post is due; 0 or less when it is due now.
    qint64 leadSeconds(const OutgoingPost& post) const;
    void createArticle(const OutgoingPost& post, Done<RemotePost> done);
    void findArticle(const OutgoingPost& post, Done<std::optional<RemotePost>> done);
    /// Fills each feed item's reply count (its approved comments); the page goes out without them if
    /// counting fails.
    void addReplyCounts(FeedPage page, Done<FeedPage> done);
    /// The signed-in user's id, asked once (checkCredential also fills it).
    void userId(Done<qint64> done);
    template <typename T>
    void fail(Done<T> done, Error error) const;

    std::unique_ptr<WordPressClient> m_client;
    std::unique_ptr<WordPressComments> m_comments;
    qint64 m_userId = 0;
};

} // namespace Podium::Core
