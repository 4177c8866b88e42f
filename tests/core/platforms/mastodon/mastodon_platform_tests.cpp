#include "canned_http_server.h"
#include "fake_clock.h"
#include "mastodon_test_support.h"
#include "platforms/mastodon/mastodon_platform.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

// Nothing listens here: a request that slipped through would show in the count (and fail as unreachable).
const QUrl nowhere(QStringLiteral("http://127.0.0.1:9/"));

OutgoingPost status(const QString& body)
{
    OutgoingPost post;
    post.id = QStringLiteral("5b0c2f3e-1f6e-4c39-9a57-4d2f0c1e7a10");
    post.kind = PostKind::Status;
    post.body = body;
    return post;
}

using Answer = CannedHttpServer::Answer;
using Request = CannedHttpServer::Request;

Answer json(int status, const QByteArray& body)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

QByteArray statusJson(const char* id, const char* createdAt, const char* content)
{
    return QByteArray(R"({"id": ")") + id + R"(", "created_at": ")" + createdAt +
           R"(", "url": "https://social.example/@dana/)" + id + R"(", "content": ")" + content +
           R"(", "account": {"id": "1", "username": "dana", "acct": "dana", "display_name": "Dana"}})";
}

} // namespace

TEST_CASE("fake network: MastodonPlatform refuses a text over the limit before any request")
{
    FakeClock clock;
    CountingNetwork network;
    MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
    REQUIRE(platform.capabilities().maxCharacters == 500);

    const Result<RemotePost> tooLong =
        await<RemotePost>([&](auto done) { platform.publish(status(QString(501, QLatin1Char('x'))), done); });
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().code == ErrorCode::PlatformTextTooLong);
    // A URL counts as 23 whatever its length, so this long link still fits.
    const QString withUrl =
        QString(470, QLatin1Char('x')) + QStringLiteral(" https://example.com/") + QString(200, QLatin1Char('a'));
    CHECK(network.requests == 0);
    const Result<RemotePost> sent = await<RemotePost>([&](auto done) { platform.publish(status(withUrl), done); });
    CHECK(sent.error().code == ErrorCode::PlatformUnreachable);
    CHECK(network.requests == 1);
}

TEST_CASE("fake network: MastodonPlatform refuses a schedule under five minutes ahead before any request")
{
    FakeClock clock;
    CountingNetwork network;
    MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
    CHECK(platform.capabilities().nativeScheduling);
    CHECK(platform.capabilities().minimumScheduleLeadSeconds == 300);

    OutgoingPost post = status(QStringLiteral("Board meeting is over: thank you all"));
    post.scheduledAt = clock.now().addSecs(299);
    const Result<RemotePost> tooSoon = await<RemotePost>([&](auto done) { platform.publish(post, done); });
    REQUIRE_FALSE(tooSoon);
    CHECK(tooSoon.error().code == ErrorCode::PlatformScheduleTooSoon);
    CHECK(network.requests == 0);
}

TEST_CASE("fake network: MastodonPlatform refuses articles and comments before any request")
{
    FakeClock clock;
    CountingNetwork network;
    MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
    for (const PostKind kind : {PostKind::Article, PostKind::Comment}) {
        OutgoingPost post = status(QStringLiteral("Long read"));
        post.kind = kind;
        post.target = QStringLiteral("1");
        const Result<RemotePost> refused = await<RemotePost>([&](auto done) { platform.publish(post, done); });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PlatformUnsupported);
    }
    CHECK_FALSE(platform.capabilities().articles);
    CHECK_FALSE(platform.capabilities().comments);
    CHECK(network.requests == 0);
}

TEST_CASE("fake network: MastodonPlatform never sends its token to a feed cursor on another host")
{
    FakeClock clock;
    CountingNetwork network;
    MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
    const Result<FeedPage> page = await<FeedPage>([&](auto done) {
        platform.fetchFeed(FeedRequest{20, QStringLiteral("http://elsewhere.example/api/v1/timelines/home?max_id=1")},
                           done);
    });
    REQUIRE_FALSE(page);
    CHECK(page.error().code == ErrorCode::InvalidArgument);
    CHECK(network.requests == 0);
}

TEST_CASE("fake network: MastodonPlatform reports a server nobody answers on as unreachable")
{
    FakeClock clock;
    CountingNetwork network;
    MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
    const Result<AccountIdentity> identity = await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
    REQUIRE_FALSE(identity);
    CHECK(identity.error().code == ErrorCode::PlatformUnreachable);
    CHECK(network.requests == 1);
}

TEST_CASE("fake network: MastodonPlatform drops its callbacks when destroyed first")
{
    FakeClock clock;
    CountingNetwork network;
    bool called = false;
    {
        MastodonPlatform platform(&network, clock, nowhere, QStringLiteral("token"));
        platform.publish(status(QString(501, QLatin1Char('x'))), [&](Result<RemotePost>) { called = true; });
        platform.checkCredential([&](Result<AccountIdentity>) { called = true; });
    }
    CHECK_FALSE(eventually([&] { return called; }, 500));
}

TEST_CASE("fake server: MastodonPlatform sends the post id as Idempotency-Key on every attempt")
{
    FakeClock clock;
    QNetworkAccessManager network;
    CannedHttpServer server([](const Request&) {
        return json(200, R"({"id": "3221", "scheduled_at": "2026-03-02T10:00:00.000Z",
                             "params": {"text": "Quarter starts now", "visibility": "public"}})");
    });
    MastodonPlatform platform(&network, clock, server.url(), QStringLiteral("secret-token"));
    OutgoingPost post = status(QStringLiteral("Quarter starts now"));
    post.kind = PostKind::Reply;
    post.target = QStringLiteral("109372843234390000");
    post.language = QStringLiteral("en");
    post.scheduledAt = QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::OffsetFromUTC, 3600);

    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result<RemotePost> handedOff = await<RemotePost>([&](auto done) { platform.publish(post, done); });
        REQUIRE(handedOff);
        CHECK(handedOff->state == RemotePost::State::ScheduledOnServer);
        CHECK(handedOff->remoteId == QStringLiteral("3221"));
        CHECK(handedOff->publishedAt == QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        CHECK(handedOff->url.isEmpty());
    }
    REQUIRE(server.requests().size() == 2);
    for (const Request& request : server.requests()) {
        CHECK(request.method == "POST");
        CHECK(request.target == "/api/v1/statuses");
        CHECK(request.headers.value("idempotency-key") == post.id.toUtf8());
        CHECK(request.headers.value("authorization") == "Bearer secret-token");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        CHECK(body.value(QLatin1String("status")).toString() == post.body);
        CHECK(body.value(QLatin1String("in_reply_to_id")).toString() == post.target);
        CHECK(body.value(QLatin1String("language")).toString() == QStringLiteral("en"));
        CHECK(body.value(QLatin1String("scheduled_at")).toString() == QStringLiteral("2026-03-02T10:00:00.000Z"));
    }
}

TEST_CASE("fake server: MastodonPlatform reads limits from /api/v2/instance, or from v1 on older servers")
{
    FakeClock clock;
    QNetworkAccessManager network;
    CannedHttpServer modern([](const Request& request) {
        if (request.target == "/api/v2/instance")
            return json(200, R"({"configuration": {"statuses": {"max_characters": 1000,
                                 "characters_reserved_per_url": 23}}})");
        return json(500, "{}");
    });
    MastodonPlatform platform(&network, clock, modern.url(), QStringLiteral("t"));
    const Result<PlatformCapabilities> fromV2 =
        await<PlatformCapabilities>([&](auto done) { platform.refreshCapabilities(done); });
    REQUIRE(fromV2);
    CHECK(fromV2->maxCharacters == 1000);
    CHECK(fromV2->charactersPerUrl == 23);
    CHECK(modern.requests().size() == 1);

    CannedHttpServer older([](const Request& request) {
        if (request.target == "/api/v1/instance")
            return json(200, R"({"max_characters": 5000, "characters_reserved_per_url": 30})");
        return json(404, R"({"error": "Not found"})");
    });
    MastodonPlatform oldPlatform(&network, clock, older.url(), QStringLiteral("t"));
    const Result<PlatformCapabilities> fromV1 =
        await<PlatformCapabilities>([&](auto done) { oldPlatform.refreshCapabilities(done); });
    REQUIRE(fromV1);
    CHECK(fromV1->maxCharacters == 5000);
    CHECK(fromV1->charactersPerUrl == 30);

    // Some servers answer unknown paths with their web app's page.
    CannedHttpServer webApp([](const Request& request) {
        if (request.target == "/api/v1/instance")
            return json(200, R"({"configuration": {"statuses": {"max_characters": 3000}}})");
        Answer page = json(200, "<!DOCTYPE html><html></html>");
        page.headers = {{"Content-Type", "text/html"}};
        return page;
    });
    MastodonPlatform webAppPlatform(&network, clock, webApp.url(), QStringLiteral("t"));
    const Result<PlatformCapabilities> pastPage =
        await<PlatformCapabilities>([&](auto done) { webAppPlatform.refreshCapabilities(done); });
    REQUIRE(pastPage);
    CHECK(pastPage->maxCharacters == 3000);
    CHECK(pastPage->charactersPerUrl == 23);
}

TEST_CASE("fake server: MastodonPlatform passes the server's reasons and retry times on")
{
    FakeClock clock;
    QNetworkAccessManager network;
    CannedHttpServer server([](const Request& request) {
        if (request.target == "/api/v1/statuses")
            return json(422, R"({"error": "Validation failed: Text can't be blank"})");
        if (request.target.startsWith("/api/v1/statuses/limited")) {
            Answer answer = json(429, R"({"error": "Too many requests"})");
            using Header = QPair<QByteArray, QByteArray>;
            answer.headers << Header("X-RateLimit-Limit", "300") << Header("X-RateLimit-Remaining", "0")
                           << Header("X-RateLimit-Reset", "2026-03-02T09:35:00.123456Z");
            return answer;
        }
        if (request.target == "/api/v1/accounts/verify_credentials")
            return json(401, R"({"error": "The access token is invalid"})");
        return json(404, R"({"error": "Record not found"})");
    });
    MastodonPlatform platform(&network, clock, server.url(), QStringLiteral("t"));

    const Result<RemotePost> rejected =
        await<RemotePost>([&](auto done) { platform.publish(status(QStringLiteral(" ")), done); });
    REQUIRE_FALSE(rejected);
    CHECK(rejected.error().code == ErrorCode::PlatformRejected);
    CHECK(rejected.error().detail == QStringLiteral("Validation failed: Text can't be blank"));

    const Result<void> limited = await<void>([&](auto done) { platform.like(QStringLiteral("limited"), done); });
    REQUIRE_FALSE(limited);
    CHECK(limited.error().code == ErrorCode::PlatformRateLimited);
    CHECK(limited.error().retryAt.toMSecsSinceEpoch() ==
          QDateTime(QDate(2026, 3, 2), QTime(9, 35, 0, 123), Qt::UTC).toMSecsSinceEpoch());

    const Result<AccountIdentity> refused = await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PlatformCredentialRefused);
    CHECK(refused.error().detail == QStringLiteral("The access token is invalid"));
}

TEST_CASE("fake server: MastodonPlatform treats garbage and dropped connections as retryable")
{
    FakeClock clock;
    QNetworkAccessManager network;
    CannedHttpServer server([](const Request& request) {
        if (request.target.startsWith("/api/v1/statuses/garbage")) {
            Answer answer = json(200, "<html>Welcome to nginx!</html>");
            answer.headers = {{"Content-Type", "text/html"}};
            return answer;
        }
        Answer dropped;
        dropped.drop = true;
        return dropped;
    });
    MastodonPlatform platform(&network, clock, server.url(), QStringLiteral("t"));

    const Result<RemotePost> garbage =
        await<RemotePost>([&](auto done) { platform.confirmLive(QStringLiteral("garbage"), done); });
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().code == ErrorCode::PlatformBadResponse);
    CHECK(isTransient(garbage.error().code));

    const Result<RemotePost> dropped =
        await<RemotePost>([&](auto done) { platform.publish(status(QStringLiteral("hello")), done); });
    REQUIRE_FALSE(dropped);
    CHECK(dropped.error().code == ErrorCode::PlatformUnreachable);
}

TEST_CASE("fake server: MastodonPlatform finds and confirms a post Mastodon holds as a ScheduledStatus")
{
    FakeClock clock;
    QNetworkAccessManager network;
    const QByteArray scheduled = R"([{"id": "77", "scheduled_at": "2026-03-02T12:00:00.000Z",
                                      "params": {"text": "Quarter\n\nstarts now", "in_reply_to_id": null}}])";
    CannedHttpServer server([&](const Request& request) {
        if (request.target == "/api/v1/accounts/verify_credentials")
            return json(200, R"({"id": "1", "username": "dana", "acct": "dana"})");
        if (request.target.startsWith("/api/v1/accounts/1/statuses"))
            return json(200, "[" + statusJson("500", "2026-03-02T09:00:00.000Z", "<p>Something else</p>") + "]");
        if (request.target == "/api/v1/scheduled_statuses")
            return json(200, scheduled);
        if (request.target == "/api/v1/scheduled_statuses/77")
            return json(200,
                        scheduled.mid(scheduled.indexOf('{'), scheduled.lastIndexOf('}') - scheduled.indexOf('{') + 1));
        if (request.target == "/api/v1/statuses/500")
            return json(200, statusJson("500", "2026-03-02T09:00:00.000Z", "<p>Something else</p>"));
        return json(404, R"({"error": "Record not found"})");
    });
    MastodonPlatform platform(&network, clock, server.url(), QStringLiteral("t"));

    OutgoingPost post = status(QStringLiteral("Quarter starts now"));
    post.scheduledAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    const Result<std::optional<RemotePost>> found =
        await<std::optional<RemotePost>>([&](auto done) { platform.findPublished(post, done); });
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == QStringLiteral("77"));
    CHECK((*found)->state == RemotePost::State::ScheduledOnServer);

    const Result<RemotePost> held =
        await<RemotePost>([&](auto done) { platform.confirmLive(QStringLiteral("77"), done); });
    REQUIRE(held);
    CHECK(held->state == RemotePost::State::ScheduledOnServer);
    CHECK(held->publishedAt == QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));

    const Result<RemotePost> live =
        await<RemotePost>([&](auto done) { platform.confirmLive(QStringLiteral("500"), done); });
    REQUIRE(live);
    CHECK(live->state == RemotePost::State::Live);
    CHECK(live->url == QUrl(QStringLiteral("https://social.example/@dana/500")));

    const Result<RemotePost> gone =
        await<RemotePost>([&](auto done) { platform.confirmLive(QStringLiteral("404"), done); });
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::PlatformTargetNotFound);
    CHECK(gone.error().detail == QStringLiteral("Record not found"));
}

TEST_CASE("fake server: MastodonPlatform tells a snac-style scheduled Status from a server clock running ahead")
{
    FakeClock clock; // 09:30 UTC
    QNetworkAccessManager network;
    CannedHttpServer server([](const Request&) {
        // The server dates the post 10 minutes after our clock's now.
        return json(200, statusJson("17954", "2026-03-02T09:40:00.000Z", "Hello"));
    });
    MastodonPlatform platform(&network, clock, server.url(), QStringLiteral("t"));

    const Result<RemotePost> now =
        await<RemotePost>([&](auto done) { platform.publish(status(QStringLiteral("Hello")), done); });
    REQUIRE(now);
    CHECK(now->state == RemotePost::State::Live);
    CHECK(now->url.isValid());

    OutgoingPost later = status(QStringLiteral("Hello"));
    later.scheduledAt = clock.now().addSecs(600);
    const Result<RemotePost> handedOff = await<RemotePost>([&](auto done) { platform.publish(later, done); });
    REQUIRE(handedOff);
    CHECK(handedOff->state == RemotePost::State::ScheduledOnServer);
    CHECK(handedOff->publishedAt == later.scheduledAt);
    CHECK(handedOff->url.isEmpty());
}

TEST_CASE("fake network: MastodonPlatform refuses a server address that is not http(s) before any request")
{
    FakeClock clock;
    CountingNetwork network;
    for (const QString& address :
         {QStringLiteral("ftp://social.example"), QStringLiteral("social.example"), QString()}) {
        MastodonPlatform platform(&network, clock, QUrl(address), QStringLiteral("token"));
        const Result<AccountIdentity> identity =
            await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
        REQUIRE_FALSE(identity);
        CHECK(identity.error().code == ErrorCode::PlatformUrlInvalid);
    }
    CHECK(network.requests == 0);
}
