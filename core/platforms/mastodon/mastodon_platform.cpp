#include "mastodon_platform.h"

#include "common/clock.h"
#include "link_header.h"
#include "mastodon_json.h"
#include "platforms/character_counter.h"
#include "status_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace Podium::Core {

namespace {

// A status the server dates this far ahead is still waiting for its time (snac answers a scheduled post
// with an ordinary Status dated in the future); the slack absorbs clock skew between us and the server.
constexpr qint64 futureSlackSeconds = 60;
// After a crash the post is among the newest: two pages of 40 cover far more than one publish run makes.
constexpr int ownStatusPageSize = 40;
constexpr int ownStatusPages = 2;

PlatformCapabilities defaultCapabilities()
{
    PlatformCapabilities capabilities;
    capabilities.nativeScheduling = true;
    capabilities.minimumScheduleLeadSeconds = 300;
    return capabilities;
}

// Reads max_characters and characters_reserved_per_url wherever this server version puts them.
void readLimits(const QJsonObject& instance, PlatformCapabilities& capabilities)
{
    const QJsonObject statuses =
        instance.value(QLatin1String("configuration")).toObject().value(QLatin1String("statuses")).toObject();
    for (const QJsonObject& where : {statuses, instance}) {
        if (where.value(QLatin1String("max_characters")).isDouble())
            capabilities.maxCharacters = int(where.value(QLatin1String("max_characters")).toInteger());
        if (where.value(QLatin1String("characters_reserved_per_url")).isDouble())
            capabilities.charactersPerUrl = int(where.value(QLatin1String("characters_reserved_per_url")).toInteger());
        if (where.contains(QLatin1String("max_characters")) && !where.value(QLatin1String("max_characters")).isNull())
            break;
    }
}

bool textMatches(const MastodonStatus& status, const QString& wanted)
{
    return (!status.text.isEmpty() && StatusText::comparable(status.text) == wanted) ||
           StatusText::comparable(StatusText::fromHtml(status.content)) == wanted;
}

QString handleFor(const MastodonAccount& account, const QUrl& server)
{
    const QString acct = account.acct.isEmpty() ? account.username : account.acct;
    // Local accounts come without a domain; people know the handle with it.
    if (acct.contains(QLatin1Char('@')))
        return QLatin1Char('@') + acct;
    QString domain = server.host();
    if (server.port() != -1)
        domain += QLatin1Char(':') + QString::number(server.port());
    return QLatin1Char('@') + acct + QLatin1Char('@') + domain;
}

} // namespace

MastodonPlatform::MastodonPlatform(QNetworkAccessManager* network, const Clock& clock, QUrl serverUrl,
                                   QString accessToken)
    : m_http(network, clock)
    , m_clock(clock)
    , m_serverUrl(std::move(serverUrl))
    , m_authorization("Bearer " + accessToken.toUtf8())
    , m_capabilities(defaultCapabilities())
    , m_context(std::make_unique<QObject>())
{}

MastodonPlatform::~MastodonPlatform() = default;

QUrl MastodonPlatform::endpoint(const QString& path) const
{
    QUrl url = m_serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool MastodonPlatform::sameServer(const QUrl& url) const
{
    // The token goes with every request: a pagination link must never send it to another host.
    return url.scheme() == m_serverUrl.scheme() && url.host() == m_serverUrl.host() &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_serverUrl.port(m_serverUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

template <typename T>
void MastodonPlatform::later(Done<T> done, Result<T> result)
{
    QTimer::singleShot(0, m_context.get(),
                       [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void MastodonPlatform::call(const QByteArray& verb, const QUrl& url, const QJsonObject& body,
                            const QByteArray& idempotencyKey, Done<Reply> done)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return later<Reply>(
            std::move(done),
            Error{ErrorCode::PlatformUrlInvalid,
                  QStringLiteral("not an http(s) server address: %1").arg(m_serverUrl.toDisplayString())});
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Podium"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    QByteArray payload;
    if (verb != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    m_http.send(verb, request, payload, m_context.get(),
                [this, url, done = std::move(done)](Result<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    const HttpResponse& response = *answer;
                    if (!response.isSuccess())
                        return done(m_http.errorFor(response, MastodonJson::errorReason(response.body)));
                    Result<QJsonValue> json = MastodonJson::parse(response.body);
                    if (!json)
                        return done(json.error());
                    done(Reply{*json, LinkHeader::find(response.header("Link"), QStringLiteral("next"), url)});
                });
}

void MastodonPlatform::refreshCapabilities(Done<PlatformCapabilities> done)
{
    call("GET", endpoint(QStringLiteral("/api/v2/instance")), {}, {}, [this, done](Result<Reply> v2) {
        if (v2) {
            readLimits(v2->json.toObject(), m_capabilities);
            return done(m_capabilities);
        }
        // Servers older than Mastodon 4.0 (and snac) only have v1; some answer unknown paths with a web page.
        const ErrorCode code = v2.error().code;
        if (code != ErrorCode::PlatformTargetNotFound && code != ErrorCode::PlatformRejected &&
            code != ErrorCode::PlatformBadResponse)
            return done(v2.error());
        call("GET", endpoint(QStringLiteral("/api/v1/instance")), {}, {}, [this, done](Result<Reply> v1) {
            if (!v1)
                return done(v1.error());
            readLimits(v1->json.toObject(), m_capabilities);
            done(m_capabilities);
        });
    });
}

void MastodonPlatform::checkCredential(Done<AccountIdentity> done)
{
    call("GET", endpoint(QStringLiteral("/api/v1/accounts/verify_credentials")), {}, {},
         [this, done](Result<Reply> reply) {
             if (!reply) {
                 Error error = reply.error();
                 // snac answers a bad token here with an empty 422: the request has nothing else to refuse.
                 if (error.code == ErrorCode::PlatformRejected)
                     error.code = ErrorCode::PlatformCredentialRefused;
                 return done(error);
             }
             Result<MastodonAccount> account = MastodonJson::account(reply->json);
             if (!account)
                 return done(account.error());
             m_ownAccountId = account->id;
             const QString name = account->displayName.isEmpty() ? account->username : account->displayName;
             done(AccountIdentity{account->id, handleFor(*account, m_serverUrl), name, account->url});
         });
}

void MastodonPlatform::publish(const OutgoingPost& post, Done<RemotePost> done)
{
    switch (post.kind) {
    case PostKind::Status:
    case PostKind::Reply:
        return createStatus(post, std::move(done));
    case PostKind::Like:
        return like(post.target, [this, target = post.target, done](Result<void> liked) {
            if (!liked)
                return done(liked.error());
            done(RemotePost{target, RemotePost::State::Live, {}, m_clock.now()});
        });
    case PostKind::Follow:
        return follow(post.target, [this, target = post.target, done](Result<void> followed) {
            if (!followed)
                return done(followed.error());
            done(RemotePost{target, RemotePost::State::Live, {}, m_clock.now()});
        });
    case PostKind::Comment:
    case PostKind::Article:
        break;
    }
    later<RemotePost>(std::move(done), Error{ErrorCode::PlatformUnsupported,
                                             QStringLiteral("the Mastodon API has no articles or comments")});
}

void MastodonPlatform::createStatus(const OutgoingPost& post, Done<RemotePost> done)
{
    const CharacterCounter counter(m_capabilities);
    if (!counter.fits(post.body)) {
        return later<RemotePost>(
            std::move(done), Error{ErrorCode::PlatformTextTooLong, QStringLiteral("%1 characters, the server allows %2")
                                                                       .arg(counter.count(post.body))
                                                                       .arg(m_capabilities.maxCharacters)});
    }
    if (post.kind == PostKind::Reply && post.target.isEmpty())
        return later<RemotePost>(std::move(done), Error{ErrorCode::InvalidArgument, QStringLiteral("reply to what?")});
    const QDateTime now = m_clock.now();
    const bool scheduled = post.scheduledAt.isValid() && post.scheduledAt > now;
    if (scheduled && now.secsTo(post.scheduledAt) < m_capabilities.minimumScheduleLeadSeconds) {
        return later<RemotePost>(
            std::move(done),
            Error{
                ErrorCode::PlatformScheduleTooSoon,
                QStringLiteral("the server needs %1 seconds' notice").arg(m_capabilities.minimumScheduleLeadSeconds)});
    }
    QJsonObject body{{QStringLiteral("status"), post.body}, {QStringLiteral("visibility"), QStringLiteral("public")}};
    if (post.kind == PostKind::Reply)
        body.insert(QStringLiteral("in_reply_to_id"), post.target);
    if (!post.language.isEmpty())
        body.insert(QStringLiteral("language"), post.language);
    if (scheduled)
        body.insert(QStringLiteral("scheduled_at"), post.scheduledAt.toUTC().toString(Qt::ISODateWithMs));
    call("POST", endpoint(QStringLiteral("/api/v1/statuses")), body, post.id.toUtf8(),
         [this, scheduled, done = std::move(done)](Result<Reply> reply) {
             if (!reply)
                 return done(reply.error());
             auto created = MastodonJson::createdStatus(reply->json);
             if (!created)
                 return done(created.error());
             if (const auto* held = std::get_if<MastodonScheduledStatus>(&*created))
                 return done(RemotePost{held->id, RemotePost::State::ScheduledOnServer, {}, held->scheduledAt});
             const MastodonStatus& status = std::get<MastodonStatus>(*created);
             // A post sent for now is live, even from a server whose clock runs ahead of ours.
             if (!scheduled)
                 return done(RemotePost{status.id, RemotePost::State::Live, status.url, status.createdAt});
             done(remotePostFor(status));
         });
}

RemotePost MastodonPlatform::remotePostFor(const MastodonStatus& status) const
{
    if (status.createdAt.isValid() && m_clock.now().secsTo(status.createdAt) > futureSlackSeconds)
        return RemotePost{status.id, RemotePost::State::ScheduledOnServer, {}, status.createdAt};
    return RemotePost{status.id, RemotePost::State::Live, status.url, status.createdAt};
}

void MastodonPlatform::like(const QString& remotePostId, Done<void> done)
{
    const QUrl url = endpoint(
        QStringLiteral("/api/v1/statuses/%1/favourite").arg(QString::fromUtf8(QUrl::toPercentEncoding(remotePostId))));
    call("POST", url, {}, {}, [done](Result<Reply> reply) {
        if (!reply)
            return done(reply.error());
        done({});
    });
}

void MastodonPlatform::follow(const QString& remoteAccountId, Done<void> done)
{
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(remoteAccountId));
    const QUrl url = endpoint(QStringLiteral("/api/v1/accounts/%1/follow").arg(id));
    call("POST", url, {}, {}, [this, id, url, done](Result<Reply> reply) {
        if (reply)
            return done({});
        if (reply.error().code != ErrorCode::PlatformTargetNotFound)
            return done(reply.error());
        // snac only follows accounts it has looked at: reading the account makes it known, so try once more.
        call("GET", endpoint(QStringLiteral("/api/v1/accounts/%1").arg(id)), {}, {},
             [this, url, done](Result<Reply> account) {
                 if (!account)
                     return done(account.error());
                 call("POST", url, {}, {}, [done](Result<Reply> retried) {
                     if (!retried)
                         return done(retried.error());
                     done({});
                 });
             });
    });
}

void MastodonPlatform::withOwnAccountId(Done<QString> done)
{
    if (!m_ownAccountId.isEmpty())
        return later<QString>(std::move(done), m_ownAccountId);
    checkCredential([this, done](Result<AccountIdentity> identity) {
        if (!identity)
            return done(identity.error());
        done(m_ownAccountId);
    });
}

void MastodonPlatform::findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    if (post.kind != PostKind::Status && post.kind != PostKind::Reply) {
        // Favourites and follows are idempotent, and nothing else can have been created.
        return later<std::optional<RemotePost>>(std::move(done), std::optional<RemotePost>());
    }
    withOwnAccountId([this, post, done](Result<QString> me) {
        if (!me)
            return done(me.error());
        QUrl first = endpoint(
            QStringLiteral("/api/v1/accounts/%1/statuses").arg(QString::fromUtf8(QUrl::toPercentEncoding(*me))));
        first.setQuery(QStringLiteral("limit=%1").arg(ownStatusPageSize));
        searchOwnStatuses(post, first, ownStatusPages, done);
    });
}

void MastodonPlatform::searchOwnStatuses(const OutgoingPost& post, const QUrl& page, int pagesLeft,
                                         Done<std::optional<RemotePost>> done)
{
    call("GET", page, {}, {}, [this, post, pagesLeft, done](Result<Reply> reply) {
        if (!reply)
            return done(reply.error());
        Result<QList<MastodonStatus>> statuses = MastodonJson::statuses(reply->json);
        if (!statuses)
            return done(statuses.error());
        const QString wanted = StatusText::comparable(post.body);
        for (const MastodonStatus& status : *statuses) {
            const bool sameTarget = post.kind != PostKind::Reply || status.inReplyToId == post.target;
            if (sameTarget && textMatches(status, wanted))
                return done(std::optional<RemotePost>(remotePostFor(status)));
        }
        if (pagesLeft > 1 && !statuses->isEmpty() && reply->next.isValid() && sameServer(reply->next))
            return searchOwnStatuses(post, reply->next, pagesLeft - 1, done);
        searchScheduled(post, done);
    });
}

void MastodonPlatform::searchScheduled(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    if (!post.scheduledAt.isValid())
        return done(std::optional<RemotePost>());
    call("GET", endpoint(QStringLiteral("/api/v1/scheduled_statuses")), {}, {}, [post, done](Result<Reply> reply) {
        if (!reply)
            return done(reply.error());
        Result<QList<MastodonScheduledStatus>> held = MastodonJson::scheduledStatuses(reply->json);
        if (!held)
            return done(held.error());
        const QString wanted = StatusText::comparable(post.body);
        for (const MastodonScheduledStatus& status : *held) {
            if (StatusText::comparable(status.text) == wanted)
                return done(std::optional<RemotePost>(
                    RemotePost{status.id, RemotePost::State::ScheduledOnServer, {}, status.scheduledAt}));
        }
        done(std::optional<RemotePost>());
    });
}

void MastodonPlatform::confirmLive(const QString& remoteId, Done<RemotePost> done)
{
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(remoteId));
    call("GET", endpoint(QStringLiteral("/api/v1/statuses/%1").arg(id)), {}, {}, [this, id, done](Result<Reply> reply) {
        if (reply) {
            Result<MastodonStatus> status = MastodonJson::status(reply->json);
            if (!status)
                return done(status.error());
            return done(remotePostFor(*status));
        }
        if (reply.error().code != ErrorCode::PlatformTargetNotFound)
            return done(reply.error());
        // Mastodon keeps a handed-off post apart, under its own id, until its time.
        call("GET", endpoint(QStringLiteral("/api/v1/scheduled_statuses/%1").arg(id)), {}, {},
             [done, notFound = reply.error()](Result<Reply> held) {
                 if (!held)
                     return done(held.error().code == ErrorCode::PlatformTargetNotFound ? notFound : held.error());
                 Result<MastodonScheduledStatus> scheduled = MastodonJson::scheduledStatus(held->json);
                 if (!scheduled)
                     return done(scheduled.error());
                 done(RemotePost{scheduled->id, RemotePost::State::ScheduledOnServer, {}, scheduled->scheduledAt});
             });
    });
}

void MastodonPlatform::fetchFeed(const FeedRequest& request, Done<FeedPage> done)
{
    QUrl url = endpoint(QStringLiteral("/api/v1/timelines/home"));
    url.setQuery(QStringLiteral("limit=%1").arg(qBound(1, request.limit, 40)));
    if (!request.cursor.isEmpty()) {
        url = QUrl(request.cursor);
        if (!url.isValid() || !sameServer(url)) {
            return later<FeedPage>(
                std::move(done),
                Error{ErrorCode::InvalidArgument, QStringLiteral("the feed cursor is not a link to this server")});
        }
        // The page size is the caller's, whatever the server put into its link (snac leaves it out).
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("limit"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, request.limit, 40)));
        url.setQuery(query);
    }
    // The feed is for engaging with colleagues: the own posts in the home timeline are left out.
    withOwnAccountId([this, url, done](Result<QString> me) {
        if (!me)
            return done(me.error());
        fetchFeedPage(url, *me, done);
    });
}

void MastodonPlatform::fetchFeedPage(const QUrl& url, const QString& ownAccountId, Done<FeedPage> done)
{
    call("GET", url, {}, {}, [this, ownAccountId, done](Result<Reply> reply) {
        if (!reply)
            return done(reply.error());
        const QJsonArray entries = reply->json.toArray();
        if (!reply->json.isArray())
            return done(Error{ErrorCode::PlatformBadResponse, QStringLiteral("the home timeline is not a list")});
        FeedPage page;
        for (const QJsonValue& entry : entries) {
            // A boost shows the boosted post: that is what a like or a reply should reach.
            const QJsonValue reblog = entry.toObject().value(QLatin1String("reblog"));
            Result<MastodonStatus> status = MastodonJson::status(reblog.isObject() ? reblog : entry);
            if (!status)
                return done(status.error());
            if (status->account.id == ownAccountId)
                continue;
            FeedItem item;
            item.remoteId = status->id;
            item.authorId = status->account.id;
            item.authorName =
                status->account.displayName.isEmpty() ? status->account.username : status->account.displayName;
            item.authorHandle = handleFor(status->account, m_serverUrl);
            item.text = status->text.isEmpty() ? StatusText::fromHtml(status->content) : status->text;
            item.createdAt = status->createdAt;
            item.url = status->url;
            item.likes = status->favouritesCount;
            item.replies = status->repliesCount;
            item.likedByMe = status->favourited;
            page.items.append(item);
        }
        // A page of only own posts still leads on; an empty answer is the end.
        if (!entries.isEmpty() && reply->next.isValid() && sameServer(reply->next))
            page.nextCursor = reply->next.toString(QUrl::FullyEncoded);
        done(page);
    });
}

void MastodonPlatform::fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done)
{
    if (remoteIds.isEmpty())
        return later<QList<Engagement>>(std::move(done), QList<Engagement>());
    collectEngagement(remoteIds, {}, std::move(done));
}

void MastodonPlatform::collectEngagement(QStringList remaining, QList<Engagement> collected,
                                         Done<QList<Engagement>> done)
{
    // One at a time: a few ids per refresh, and it keeps well inside the server's rate limit.
    const QString id = remaining.takeFirst();
    call("GET", endpoint(QStringLiteral("/api/v1/statuses/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(id)))), {},
         {}, [this, id, remaining, collected, done](Result<Reply> reply) mutable {
             if (reply) {
                 Result<MastodonStatus> status = MastodonJson::status(reply->json);
                 if (!status)
                     return done(status.error());
                 collected.append(Engagement{id, status->favouritesCount, status->repliesCount, status->reblogsCount});
             } else if (reply.error().code != ErrorCode::PlatformTargetNotFound) {
                 return done(reply.error());
             } // A deleted post has no engagement left to report: skip it.
             if (remaining.isEmpty())
                 return done(collected);
             collectEngagement(remaining, collected, done);
         });
}

} // namespace Podium::Core
