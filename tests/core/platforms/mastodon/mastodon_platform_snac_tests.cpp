// MastodonPlatform against a real snac2 server (the `snac` CTest fixture). snac delivers asynchronously,
// so effects that cross accounts are polled for with bounded waits.
#include "common/system_clock.h"
#include "mastodon_test_support.h"
#include "platforms/mastodon/mastodon_platform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

OutgoingPost newStatus(const QString& body)
{
    OutgoingPost post;
    post.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.kind = PostKind::Status;
    post.body = body;
    return post;
}

RemotePost published(MastodonPlatform& platform, const OutgoingPost& post)
{
    const Result<RemotePost> result = await<RemotePost>([&](auto done) { platform.publish(post, done); });
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result);
    return *result;
}

AccountIdentity identityOf(MastodonPlatform& platform)
{
    const Result<AccountIdentity> identity = await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
    REQUIRE(identity);
    return *identity;
}

bool feedHas(MastodonPlatform& platform, const QString& remoteId, FeedItem* found = nullptr)
{
    const Result<FeedPage> page = await<FeedPage>([&](auto done) { platform.fetchFeed(FeedRequest{40, {}}, done); });
    REQUIRE(page);
    for (const FeedItem& item : page->items) {
        if (item.remoteId == remoteId) {
            if (found)
                *found = item;
            return true;
        }
    }
    return false;
}

void follows(MastodonPlatform& follower, MastodonPlatform& followed)
{
    const QString id = identityOf(followed).remoteId;
    const Result<void> result = await<void>([&](auto done) { follower.follow(id, done); });
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result);
}

struct Snac
{
    SnacServer server = SnacServer::fromFixture();
    SystemClock clock;
    QNetworkAccessManager network;
    MastodonPlatform me{&network, clock, server.url, server.token};
    MastodonPlatform colleague{&network, clock, server.url, server.colleagueToken};
};

} // namespace

TEST_CASE("MastodonPlatform reads snac's limits from /api/v1/instance when v2 is missing", "[snac]")
{
    Snac snac;
    const Result<PlatformCapabilities> capabilities =
        await<PlatformCapabilities>([&](auto done) { snac.me.refreshCapabilities(done); });
    REQUIRE(capabilities);
    CHECK(capabilities->maxCharacters == 100000);
    CHECK(capabilities->charactersPerUrl == 32);
    CHECK(capabilities->nativeScheduling);
    CHECK(snac.me.capabilities().maxCharacters == 100000);
}

TEST_CASE("MastodonPlatform accepts snac's token and says whose it is", "[snac]")
{
    Snac snac;
    const AccountIdentity identity = identityOf(snac.me);
    CHECK_FALSE(identity.remoteId.isEmpty());
    CHECK(identity.handle == QStringLiteral("@podium@127.0.0.1:%1").arg(snac.server.url.port()));
    CHECK(identity.profileUrl.isValid());
}

TEST_CASE("MastodonPlatform reports a token snac does not know as refused", "[snac]")
{
    Snac snac;
    MastodonPlatform stranger(&snac.network, snac.clock, snac.server.url, QStringLiteral("0123456789abcdef"));
    const Result<AccountIdentity> identity = await<AccountIdentity>([&](auto done) { stranger.checkCredential(done); });
    REQUIRE_FALSE(identity);
    CHECK(identity.error().code == ErrorCode::PlatformCredentialRefused);
    const Result<RemotePost> post =
        await<RemotePost>([&](auto done) { stranger.publish(newStatus(QStringLiteral("nope")), done); });
    REQUIRE_FALSE(post);
    CHECK(post.error().code == ErrorCode::PlatformCredentialRefused);
}

TEST_CASE("MastodonPlatform publishes a status on snac and confirms it live at a URL that answers", "[snac]")
{
    Snac snac;
    const QString marker = uniqueMarker();
    const QString text = QStringLiteral("First status update %1 & thanks").arg(marker);
    const RemotePost post = published(snac.me, newStatus(text));
    CHECK(post.state == RemotePost::State::Live);
    CHECK_FALSE(post.remoteId.isEmpty());

    const Result<RemotePost> live = await<RemotePost>([&](auto done) { snac.me.confirmLive(post.remoteId, done); });
    REQUIRE(live);
    CHECK(live->state == RemotePost::State::Live);
    CHECK(live->remoteId == post.remoteId);
    REQUIRE(live->url.isValid());
    const RawAnswer page = rawRequest(snac.network, "GET", live->url);
    CHECK(page.status == 200);
    CHECK(page.body.contains(marker.toUtf8()));
}

TEST_CASE("MastodonPlatform reports a status snac does not have as not found", "[snac]")
{
    Snac snac;
    const Result<RemotePost> missing =
        await<RemotePost>([&](auto done) { snac.me.confirmLive(QStringLiteral("no-such-status"), done); });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::PlatformTargetNotFound);
}

TEST_CASE("MastodonPlatform replies to a colleague's status on snac", "[snac]")
{
    Snac snac;
    const RemotePost original =
        published(snac.colleague, newStatus(QStringLiteral("Who joins the town hall? %1").arg(uniqueMarker())));
    OutgoingPost reply = newStatus(QStringLiteral("Count me in! %1").arg(uniqueMarker()));
    reply.kind = PostKind::Reply;
    reply.target = original.remoteId;
    const RemotePost answer = published(snac.me, reply);
    CHECK(answer.state == RemotePost::State::Live);

    const RawAnswer raw = rawRequest(
        snac.network, "GET", snac.server.url.resolved(QUrl(QStringLiteral("/api/v1/statuses/") + answer.remoteId)), {},
        {}, snac.server.token);
    REQUIRE(raw.status == 200);
    CHECK(QJsonDocument::fromJson(raw.body).object().value(QLatin1String("in_reply_to_id")).toString() ==
          original.remoteId);
    // The author sees the reply in the thread once snac has delivered it.
    const QUrl context =
        snac.server.url.resolved(QUrl(QStringLiteral("/api/v1/statuses/%1/context").arg(original.remoteId)));
    CHECK(eventually([&] {
        return rawRequest(snac.network, "GET", context, {}, {}, snac.server.colleagueToken)
            .body.contains(answer.remoteId.toUtf8());
    }));
}

TEST_CASE("MastodonPlatform follows a colleague on snac and favourites their status", "[snac]")
{
    Snac snac;
    // snac answers 404 to following an account it has not looked at yet; the platform looks it up and retries.
    follows(snac.me, snac.colleague);
    follows(snac.me, snac.colleague); // following twice is not an error
    const RemotePost post =
        published(snac.colleague, newStatus(QStringLiteral("Our new office opens today %1").arg(uniqueMarker())));
    REQUIRE(eventually([&] { return feedHas(snac.me, post.remoteId); }));

    OutgoingPost like;
    like.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    like.kind = PostKind::Like;
    like.target = post.remoteId;
    const RemotePost liked = published(snac.me, like);
    CHECK(liked.remoteId == post.remoteId);
    const Result<void> again = await<void>([&](auto done) { snac.me.like(post.remoteId, done); });
    CHECK(again);
    FeedItem item;
    REQUIRE(feedHas(snac.me, post.remoteId, &item));
    CHECK(item.likedByMe);
}

TEST_CASE("MastodonPlatform hands a status scheduled ten minutes ahead to snac", "[snac]")
{
    Snac snac;
    OutgoingPost post = newStatus(QStringLiteral("The quarter starts now %1").arg(uniqueMarker()));
    post.scheduledAt = snac.clock.now().addSecs(600);
    const RemotePost handedOff = published(snac.me, post);
    CHECK(handedOff.state == RemotePost::State::ScheduledOnServer);
    CHECK(qAbs(handedOff.publishedAt.secsTo(post.scheduledAt)) <= 2);
    CHECK(handedOff.url.isEmpty());

    const Result<RemotePost> confirmed =
        await<RemotePost>([&](auto done) { snac.me.confirmLive(handedOff.remoteId, done); });
    REQUIRE(confirmed);
    CHECK(confirmed->state == RemotePost::State::ScheduledOnServer);
}

TEST_CASE("MastodonPlatform finds a status published before a crash by its text on snac", "[snac]")
{
    Snac snac;
    const QString marker = uniqueMarker();
    const QString text =
        QStringLiteral("Q&A <today> at 3pm %1\nAgenda: https://example.com/agenda?q=1&r=2").arg(marker);
    const RemotePost post = published(snac.me, newStatus(text));

    // The retry after the crash has the same post id and text, but no remote id.
    OutgoingPost retry = newStatus(text);
    const Result<std::optional<RemotePost>> found =
        await<std::optional<RemotePost>>([&](auto done) { snac.me.findPublished(retry, done); });
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == post.remoteId);
    CHECK((*found)->state == RemotePost::State::Live);

    const Result<std::optional<RemotePost>> unknown = await<std::optional<RemotePost>>(
        [&](auto done) { snac.me.findPublished(newStatus(QStringLiteral("never sent %1").arg(marker)), done); });
    REQUIRE(unknown);
    CHECK_FALSE(unknown->has_value());
}

TEST_CASE("MastodonPlatform shows a followed colleague's post in the home feed, page by page", "[snac]")
{
    Snac snac;
    follows(snac.me, snac.colleague);
    const QString marker = uniqueMarker();
    const RemotePost older = published(snac.colleague, newStatus(QStringLiteral("Older news %1").arg(marker)));
    const RemotePost newest =
        published(snac.colleague, newStatus(QStringLiteral("Team lunch on Friday %1").arg(marker)));
    FeedItem item;
    REQUIRE(eventually([&] { return feedHas(snac.me, newest.remoteId, &item) && feedHas(snac.me, older.remoteId); }));
    CHECK(item.authorName == QStringLiteral("colleague"));
    CHECK(item.authorHandle == QStringLiteral("@colleague@127.0.0.1:%1").arg(snac.server.url.port()));
    CHECK(item.text.contains(marker));
    CHECK(item.url.isValid());

    // One post per page, following the Link header: the colleague's two posts come each once (in the order
    // snac delivered them), and none of the own posts (other cases publish some) shows.
    const QString ownId = identityOf(snac.me).remoteId;
    QStringList texts;
    QString cursor;
    for (int page = 0; page < 40 && texts.size() < 2; ++page) {
        const Result<FeedPage> result = await<FeedPage>([&](auto done) {
            snac.me.fetchFeed(FeedRequest{1, cursor}, done);
        });
        REQUIRE(result);
        CHECK(result->items.size() <= 1);
        for (const FeedItem& entry : result->items) {
            CHECK(entry.authorId != ownId);
            if (entry.text.contains(marker))
                texts.append(entry.text);
        }
        cursor = result->nextCursor;
        if (cursor.isEmpty())
            break;
    }
    texts.sort();
    CHECK(texts == QStringList{QStringLiteral("Older news %1").arg(marker),
                               QStringLiteral("Team lunch on Friday %1").arg(marker)});
}

TEST_CASE("MastodonPlatform counts a colleague's favourite in the engagement on snac", "[snac]")
{
    Snac snac;
    follows(snac.colleague, snac.me);
    const RemotePost post = published(snac.me, newStatus(QStringLiteral("Proud of this team %1").arg(uniqueMarker())));
    // snac lets the colleague favourite it only once it reached their timeline.
    REQUIRE(
        eventually([&] { return bool(await<void>([&](auto done) { snac.colleague.like(post.remoteId, done); })); }));
    REQUIRE(eventually([&] {
        const Result<QList<Engagement>> engagement =
            await<QList<Engagement>>([&](auto done) { snac.me.fetchEngagement({post.remoteId}, done); });
        REQUIRE(engagement);
        REQUIRE(engagement->size() == 1);
        CHECK(engagement->at(0).remoteId == post.remoteId);
        return engagement->at(0).likes == 1;
    }));
    const Result<QList<Engagement>> withGone = await<QList<Engagement>>([&](auto done) {
        snac.me.fetchEngagement({QStringLiteral("gone"), post.remoteId}, done);
    });
    REQUIRE(withGone);
    CHECK(withGone->size() == 1);
}

// Not a check: run by hand (`mastodon_tests "[timing]"` with the fixture started) to see what calls cost.
TEST_CASE("MastodonPlatform call latencies against snac", "[snac][.][timing]")
{
    Snac snac;
    constexpr int rounds = 20;
    const auto measure = [&](const char* name, const std::function<void()>& once) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rounds; ++i)
            once();
        WARN(name << ": " << double(timer.nsecsElapsed()) / rounds / 1e6 << " ms per call");
    };
    measure("refreshCapabilities",
            [&] { REQUIRE(await<PlatformCapabilities>([&](auto done) { snac.me.refreshCapabilities(done); })); });
    measure("checkCredential", [&] { identityOf(snac.me); });
    QString last;
    measure("publish",
            [&] { last = published(snac.me, newStatus(QStringLiteral("timing %1").arg(uniqueMarker()))).remoteId; });
    measure("confirmLive", [&] { REQUIRE(await<RemotePost>([&](auto done) { snac.me.confirmLive(last, done); })); });
    measure("findPublished (miss: two pages)", [&] {
        REQUIRE(await<std::optional<RemotePost>>(
            [&](auto done) { snac.me.findPublished(newStatus(QStringLiteral("absent")), done); }));
    });
    measure("fetchFeed (20)", [&] { REQUIRE(await<FeedPage>([&](auto done) { snac.me.fetchFeed({}, done); })); });
    measure("fetchEngagement (1 id)",
            [&] { REQUIRE(await<QList<Engagement>>([&](auto done) { snac.me.fetchEngagement({last}, done); })); });
}
