#include "wordpress_platform.h"

#include "common/clock.h"
#include "wordpress_client.h"
#include "wordpress_comments.h"
#include "wordpress_json.h"
#include "wordpress_remote_id.h"

#include <QUuid>

namespace Podium::Core {

namespace {

// WordPress publishes at once a `future` post dated less than a minute ahead (wp_insert_post).
constexpr qint64 minimumLeadSeconds = 60;
// A post due within this many seconds is simply due: a timer may fire a moment early.
constexpr qint64 dueToleranceSeconds = 5;

const QString postFields = QStringLiteral("id,status,link,date_gmt,slug");
const QString allStatuses = QStringLiteral("publish,future,draft,pending,private");

QUrlQuery fieldsQuery(const QString& fields)
{
    return QUrlQuery{{QStringLiteral("_fields"), fields}};
}

} // namespace

WordPressPlatform::WordPressPlatform(QNetworkAccessManager* network, const Clock& clock, QUrl siteUrl, QString user,
                                     QString applicationPassword)
    : m_client(std::make_unique<WordPressClient>(network, clock, siteUrl, user, applicationPassword))
    , m_comments(std::make_unique<WordPressComments>(*m_client, [this](auto done) { userId(std::move(done)); }))
{}

WordPressPlatform::~WordPressPlatform() = default;

QString WordPressPlatform::slugFor(const QString& postId)
{
    const QUuid uuid(postId);
    QString id = (uuid.isNull() ? postId.trimmed() : uuid.toString(QUuid::WithoutBraces)).toLower();
    // WordPress rewrites any other character in a slug, and then the lookup by slug would miss it.
    for (QChar& c : id)
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            c = QLatin1Char('-');
    return QStringLiteral("podium-") + id;
}

template <typename T>
void WordPressPlatform::fail(Done<T> done, Error error) const
{
    m_client->later([done = std::move(done), error = std::move(error)] { done(error); });
}

PlatformKind WordPressPlatform::kind() const
{
    return PlatformKind::WordPress;
}

PlatformCapabilities WordPressPlatform::capabilities() const
{
    PlatformCapabilities capabilities;
    capabilities.maxCharacters = 0;
    capabilities.charactersPerUrl = 0;
    capabilities.nativeScheduling = true;
    capabilities.minimumScheduleLeadSeconds = minimumLeadSeconds;
    capabilities.statuses = false;
    capabilities.replies = true;
    capabilities.comments = true;
    capabilities.likes = false;
    capabilities.follows = false;
    capabilities.articles = true;
    return capabilities;
}

void WordPressPlatform::refreshCapabilities(Done<PlatformCapabilities> done)
{
    // Core WordPress has nothing to configure here; the call proves the site is WordPress at all.
    m_client->locate([this, done = std::move(done)](Result<WordPressEndpoint> endpoint) {
        if (!endpoint)
            done(endpoint.error());
        else
            done(capabilities());
    });
}

void WordPressPlatform::checkCredential(Done<AccountIdentity> done)
{
    m_client->get(
        QStringLiteral("/wp/v2/users/me"), QUrlQuery{{QStringLiteral("context"), QStringLiteral("edit")}},
        [this, done = std::move(done)](Result<HttpResponse> answer) {
            const auto user = m_client->object(answer);
            if (!user) {
                done(user.error());
                return;
            }
            AccountIdentity identity = WordPressJson::user(*user);
            if (identity.remoteId.isEmpty()) {
                done(Error{ErrorCode::PlatformBadResponse, QStringLiteral("WordPress sent a user without id")});
                return;
            }
            m_userId = identity.remoteId.toLongLong();
            done(identity);
        });
}

void WordPressPlatform::userId(Done<qint64> done)
{
    if (m_userId > 0) {
        m_client->later([done = std::move(done), id = m_userId] { done(id); });
        return;
    }
    checkCredential([this, done = std::move(done)](Result<AccountIdentity> identity) {
        if (!identity)
            done(identity.error());
        else
            done(m_userId);
    });
}

void WordPressPlatform::publish(const OutgoingPost& post, Done<RemotePost> done)
{
    switch (post.kind) {
    case PostKind::Article:
        publishArticle(post, std::move(done));
        return;
    case PostKind::Comment:
    case PostKind::Reply:
        m_comments->publish(post, std::move(done));
        return;
    case PostKind::Status:
    case PostKind::Like:
    case PostKind::Follow:
        break;
    }
    fail(std::move(done), Error{ErrorCode::PlatformUnsupported,
                                QStringLiteral("WordPress has no %1 posts").arg(postKindName(post.kind))});
}

void WordPressPlatform::publishArticle(const OutgoingPost& post, Done<RemotePost> done)
{
    const qint64 lead = leadSeconds(post);
    if (lead > dueToleranceSeconds && lead < minimumLeadSeconds) {
        fail(std::move(done), Error{ErrorCode::PlatformScheduleTooSoon,
                                    QStringLiteral("WordPress schedules posts at least %1 seconds ahead; this one is "
                                                   "due in %2 seconds")
                                        .arg(minimumLeadSeconds)
                                        .arg(lead)});
        return;
    }
    // No idempotency key in WordPress: look for the slug first, so a second send returns the first post.
    findArticle(post, [this, post, done](Result<std::optional<RemotePost>> found) {
        if (!found)
            done(found.error());
        else if (found->has_value())
            done(**found);
        else
            createArticle(post, done);
    });
}

qint64 WordPressPlatform::leadSeconds(const OutgoingPost& post) const
{
    return post.scheduledAt.isValid() ? m_client->clock().now().secsTo(post.scheduledAt) : 0;
}

void WordPressPlatform::createArticle(const OutgoingPost& post, Done<RemotePost> done)
{
    QJsonObject body{{QStringLiteral("title"), post.title},
                     {QStringLiteral("content"), post.body},
                     {QStringLiteral("slug"), slugFor(post.id)},
                     {QStringLiteral("status"), QStringLiteral("publish")}};
    if (leadSeconds(post) > dueToleranceSeconds) {
        body.insert(QStringLiteral("status"), QStringLiteral("future"));
        body.insert(QStringLiteral("date_gmt"), WordPressJson::toDateGmt(post.scheduledAt));
    }
    m_client->post(QStringLiteral("/wp/v2/posts"), fieldsQuery(postFields), body,
                   [this, done](Result<HttpResponse> answer) {
                       const auto created = m_client->object(answer);
                       if (!created) {
                           done(created.error());
                           return;
                       }
                       // WordPress re-derives the status from date_gmt: trust its answer, not the request.
                       done(WordPressJson::post(*created));
                   });
}

void WordPressPlatform::like(const QString& remotePostId, Done<void> done)
{
    Q_UNUSED(remotePostId)
    fail(std::move(done), Error{ErrorCode::PlatformUnsupported, QStringLiteral("WordPress has no likes")});
}

void WordPressPlatform::follow(const QString& remoteAccountId, Done<void> done)
{
    Q_UNUSED(remoteAccountId)
    fail(std::move(done), Error{ErrorCode::PlatformUnsupported, QStringLiteral("WordPress has no follows")});
}

void WordPressPlatform::findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    switch (post.kind) {
    case PostKind::Article:
        findArticle(post, std::move(done));
        return;
    case PostKind::Comment:
    case PostKind::Reply:
        m_comments->findPublished(post, std::move(done));
        return;
    case PostKind::Status:
    case PostKind::Like:
    case PostKind::Follow:
        break;
    }
    fail(std::move(done), Error{ErrorCode::PlatformUnsupported,
                                QStringLiteral("WordPress has no %1 posts").arg(postKindName(post.kind))});
}

void WordPressPlatform::findArticle(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    if (post.id.trimmed().isEmpty()) {
        fail(std::move(done),
             Error{ErrorCode::InvalidArgument, QStringLiteral("An article without its post id cannot be looked up")});
        return;
    }
    const QString slug = slugFor(post.id);
    QUrlQuery query = fieldsQuery(postFields);
    query.addQueryItem(QStringLiteral("slug"), slug);
    query.addQueryItem(QStringLiteral("status"), allStatuses);
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    m_client->get(QStringLiteral("/wp/v2/posts"), query, [this, slug, done](Result<HttpResponse> answer) {
        const auto posts = m_client->array(answer);
        if (!posts) {
            done(posts.error());
            return;
        }
        for (const QJsonValue& value : *posts) {
            // The slug filter is exact, but a plugin could widen it: check.
            if (value.toObject().value(QLatin1String("slug")).toString() != slug)
                continue;
            const auto remote = WordPressJson::post(value.toObject());
            if (!remote)
                done(remote.error());
            else
                done(std::optional<RemotePost>(*remote));
            return;
        }
        done(std::optional<RemotePost>());
    });
}

void WordPressPlatform::confirmLive(const QString& remoteId, Done<RemotePost> done)
{
    const std::optional<WordPressRemoteId> id = WordPressRemoteId::parse(remoteId);
    if (!id) {
        fail(std::move(done), Error{ErrorCode::PlatformTargetNotFound,
                                    QStringLiteral("'%1' is not a WordPress post or comment id").arg(remoteId)});
        return;
    }
    const bool isComment = id->type == WordPressRemoteId::Type::Comment;
    QUrlQuery query = fieldsQuery(isComment ? QStringLiteral("id,status,link,date_gmt") : postFields);
    if (!isComment)
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QString route =
        (isComment ? QStringLiteral("/wp/v2/comments/%1") : QStringLiteral("/wp/v2/posts/%1")).arg(id->number);
    m_client->get(route, query, [this, isComment, done = std::move(done)](Result<HttpResponse> answer) {
        const auto object = m_client->object(answer);
        if (!object) {
            done(object.error());
            return;
        }
        done(isComment ? WordPressJson::comment(*object) : WordPressJson::post(*object));
    });
}

void WordPressPlatform::fetchFeed(const FeedRequest& request, Done<FeedPage> done)
{
    // The cursor is "page/per_page": pages only line up while the page size stays the same, and a post
    // published between two pages shifts the next one by one (callers drop a remoteId they already have).
    int page = 1;
    int perPage = qBound(1, request.limit, 100);
    if (!request.cursor.isEmpty()) {
        const QStringList parts = request.cursor.split(QLatin1Char('/'));
        bool pageOk = false;
        bool sizeOk = false;
        if (parts.size() == 2) {
            page = parts.at(0).toInt(&pageOk);
            perPage = parts.at(1).toInt(&sizeOk);
        }
        if (!pageOk || !sizeOk || page < 1 || perPage < 1 || perPage > 100) {
            fail(std::move(done), Error{ErrorCode::InvalidArgument,
                                        QStringLiteral("'%1' is not a WordPress feed cursor").arg(request.cursor)});
            return;
        }
    }
    userId([this, page, perPage, done = std::move(done)](Result<qint64> me) {
        if (!me) {
            done(me.error());
            return;
        }
        QUrlQuery query{
            {QStringLiteral("status"), QStringLiteral("publish")},
            {QStringLiteral("author_exclude"), QString::number(*me)},
            {QStringLiteral("per_page"), QString::number(perPage)},
            {QStringLiteral("page"), QString::number(page)},
            {QStringLiteral("orderby"), QStringLiteral("date")},
            {QStringLiteral("order"), QStringLiteral("desc")},
            {QStringLiteral("_embed"), QStringLiteral("author")},
            {QStringLiteral("_fields"), QStringLiteral("id,author,title,excerpt,link,date_gmt,_links,_embedded")}};
        m_client->get(QStringLiteral("/wp/v2/posts"), query, [this, page, perPage, done](Result<HttpResponse> answer) {
            const auto posts = m_client->array(answer);
            if (!posts) {
                done(posts.error());
                return;
            }
            FeedPage result;
            for (const QJsonValue& value : *posts)
                result.items.append(WordPressJson::feedItem(value.toObject()));
            const int totalPages = answer->header("X-WP-TotalPages").toInt();
            if (page < totalPages)
                result.nextCursor = QStringLiteral("%1/%2").arg(page + 1).arg(perPage);
            addReplyCounts(std::move(result), done);
        });
    });
}

void WordPressPlatform::addReplyCounts(FeedPage page, Done<FeedPage> done)
{
    QStringList ids;
    for (const FeedItem& item : page.items)
        if (WordPressRemoteId::parse(item.remoteId))
            ids.append(item.remoteId);
    fetchEngagement(ids, [page = std::move(page), done = std::move(done)](Result<QList<Engagement>> counts) mutable {
        // The counts only decorate the feed: without them it is still worth showing.
        if (counts) {
            for (FeedItem& item : page.items)
                for (const Engagement& engagement : *counts)
                    if (engagement.remoteId == item.remoteId)
                        item.replies = engagement.replies;
        }
        done(page);
    });
}

void WordPressPlatform::fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done)
{
    QList<WordPressRemoteId> ids;
    for (const QString& remoteId : remoteIds) {
        const std::optional<WordPressRemoteId> id = WordPressRemoteId::parse(remoteId);
        if (!id) {
            fail(std::move(done), Error{ErrorCode::PlatformTargetNotFound,
                                        QStringLiteral("'%1' is not a WordPress post or comment id").arg(remoteId)});
            return;
        }
        ids.append(*id);
    }
    if (ids.isEmpty()) {
        m_client->later([done = std::move(done)] { done(QList<Engagement>()); });
        return;
    }
    // One small request per id, in parallel: X-WP-Total counts a post's approved comments (or a comment's
    // replies) without downloading them. The first failure answers for all.
    struct Gathering
    {
        QList<Engagement> results;
        qsizetype pending = 0;
        bool finished = false;
        Done<QList<Engagement>> done;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->done = std::move(done);
    gathering->pending = ids.size();
    for (const QString& remoteId : remoteIds)
        gathering->results.append(Engagement{remoteId, 0, 0, 0});
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const bool isComment = ids.at(i).type == WordPressRemoteId::Type::Comment;
        const QUrlQuery query{
            {isComment ? QStringLiteral("parent") : QStringLiteral("post"), QString::number(ids.at(i).number)},
            {QStringLiteral("per_page"), QStringLiteral("1")},
            {QStringLiteral("_fields"), QStringLiteral("id")}};
        m_client->get(QStringLiteral("/wp/v2/comments"), query, [this, gathering, i](Result<HttpResponse> answer) {
            if (gathering->finished)
                return;
            const auto comments = m_client->array(answer);
            if (!comments) {
                gathering->finished = true;
                gathering->done(comments.error());
                return;
            }
            bool counted = false;
            const int total = answer->header("X-WP-Total").toInt(&counted);
            gathering->results[i].replies = counted ? total : int(comments->size());
            if (--gathering->pending == 0) {
                gathering->finished = true;
                gathering->done(gathering->results);
            }
        });
    }
}

} // namespace Podium::Core
