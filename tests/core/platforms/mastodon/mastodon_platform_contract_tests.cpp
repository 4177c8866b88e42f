// MastodonPlatform against the contract server: a loopback server following the documented Mastodon API,
// with the deduplication, validation, rate limits and faults that snac cannot show. Both share one clock.
#include "contract_server.h"
#include "fake_clock.h"
#include "mastodon_test_support.h"
#include "platforms/mastodon/mastodon_platform.h"

#include <QUuid>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

struct Contract
{
    Contract()
    {
        server.setTimeSource([this] { return clock.now(); });
        REQUIRE(server.listen());
        platform = std::make_unique<MastodonPlatform>(&network, clock, server.url(), server.token());
    }

    OutgoingPost status(const QString& body) const
    {
        OutgoingPost post;
        post.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        post.body = body;
        return post;
    }

    Result<RemotePost> publish(const OutgoingPost& post)
    {
        return await<RemotePost>([&](auto done) { platform->publish(post, done); });
    }

    FakeClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    ContractServer server;
    QNetworkAccessManager network;
    std::unique_ptr<MastodonPlatform> platform;
};

} // namespace

TEST_CASE("contract: MastodonPlatform publishes once when Qt resends after a dropped answer")
{
    Contract contract;
    const OutgoingPost post = contract.status(QStringLiteral("Thank you for a great quarter"));
    // The server creates the status, then the connection drops. Qt's HTTP layer quietly sends the request
    // again on a new connection: only the Idempotency-Key keeps that from posting twice.
    contract.server.faultPlan().force(QStringLiteral("/api/v1/statuses"), FaultKind::DropAfter);
    const Result<RemotePost> published = contract.publish(post);
    REQUIRE(published);
    const std::vector<RequestLogEntry>& log = contract.server.requestLog();
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).idempotencyKey == post.id);
    CHECK(log.at(1).idempotencyKey == post.id);
    CHECK(contract.server.store().statusCount() == 1);
    CHECK(published->remoteId == contract.server.store().statuses().front().id);
}

TEST_CASE("contract: MastodonPlatform publishes once when a retry after a lost answer reuses the key")
{
    Contract contract;
    const OutgoingPost post = contract.status(QStringLiteral("Thank you for a great quarter"));
    // Dropped up to three times: past Qt's own resends (at most two), so the Publisher sees the failure.
    contract.server.faultPlan().force(QStringLiteral("/api/v1/statuses"), FaultKind::DropAfter, 3);
    const Result<RemotePost> lost = contract.publish(post);
    REQUIRE_FALSE(lost);
    CHECK(lost.error().code == ErrorCode::PlatformUnreachable);
    CHECK(isTransient(lost.error().code));
    REQUIRE(contract.server.store().statusCount() == 1);

    contract.server.faultPlan().clearForced();
    const Result<RemotePost> retried = contract.publish(post);
    INFO("requests: " << contract.server.requestLog().size() << ", error: "
                      << (retried ? QString() : retried.error().codeName() + QLatin1Char(' ') + retried.error().detail)
                             .toStdString());
    REQUIRE(retried);
    CHECK(retried->state == RemotePost::State::Live);
    CHECK(retried->remoteId == contract.server.store().statuses().front().id);
    CHECK(contract.server.store().statusCount() == 1);
    CHECK(contract.server.store().creationsWithKey(post.id) == 1);

    // And the post can be found by its text too, as after a crash.
    const Result<std::optional<RemotePost>> found =
        await<std::optional<RemotePost>>([&](auto done) { contract.platform->findPublished(post, done); });
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == retried->remoteId);
}

TEST_CASE("contract: MastodonPlatform reports a validation failure as rejected with the server's message")
{
    Contract contract;
    const Result<RemotePost> blank = contract.publish(contract.status(QStringLiteral("   ")));
    REQUIRE_FALSE(blank);
    CHECK(blank.error().code == ErrorCode::PlatformRejected);
    CHECK(blank.error().detail == QStringLiteral("Validation failed: Text can't be blank"));
    CHECK_FALSE(isTransient(blank.error().code));
    CHECK(contract.server.store().statusCount() == 0);
}

TEST_CASE("contract: MastodonPlatform reports 429 as rate limited until X-RateLimit-Reset")
{
    Contract contract;
    contract.server.setRateLimit(2, 300);
    REQUIRE(await<AccountIdentity>([&](auto done) { contract.platform->checkCredential(done); }));
    REQUIRE(await<AccountIdentity>([&](auto done) { contract.platform->checkCredential(done); }));
    const Result<RemotePost> limited = contract.publish(contract.status(QStringLiteral("One too many")));
    REQUIRE_FALSE(limited);
    CHECK(limited.error().code == ErrorCode::PlatformRateLimited);
    REQUIRE(limited.error().retryAt.isValid());
    CHECK(limited.error().retryAt == contract.clock.now().addSecs(300));
    CHECK(contract.server.store().statusCount() == 0);

    contract.clock.advance(300 * 1000);
    CHECK(contract.publish(contract.status(QStringLiteral("One too many"))));
}

TEST_CASE("contract: MastodonPlatform reports dropped connections as unreachable and garbage as a bad response")
{
    Contract contract;
    contract.server.faultPlan().force(QStringLiteral("/api/v1/statuses"), FaultKind::DropBefore, 3);
    const Result<RemotePost> dropped = contract.publish(contract.status(QStringLiteral("hello")));
    REQUIRE_FALSE(dropped);
    CHECK(dropped.error().code == ErrorCode::PlatformUnreachable);
    CHECK(contract.server.store().statusCount() == 0);

    contract.server.faultPlan().force(QStringLiteral("/api/v1/accounts/verify_credentials"), FaultKind::GarbageBody);
    const Result<AccountIdentity> garbage =
        await<AccountIdentity>([&](auto done) { contract.platform->checkCredential(done); });
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().code == ErrorCode::PlatformBadResponse);

    contract.server.faultPlan().force(QStringLiteral("/api/v1/accounts/verify_credentials"), FaultKind::TruncatedBody);
    const Result<AccountIdentity> truncated =
        await<AccountIdentity>([&](auto done) { contract.platform->checkCredential(done); });
    REQUIRE_FALSE(truncated);
    CHECK(isTransient(truncated.error().code));

    contract.server.faultPlan().force(QStringLiteral("/api/v1/accounts/verify_credentials"),
                                      FaultKind::ServiceUnavailable);
    const Result<AccountIdentity> unavailable =
        await<AccountIdentity>([&](auto done) { contract.platform->checkCredential(done); });
    REQUIRE_FALSE(unavailable);
    CHECK(unavailable.error().code == ErrorCode::PlatformServerError);
    CHECK(unavailable.error().retryAt == contract.clock.now().addSecs(contract.server.faultPlan().retryAfterSeconds()));
}

TEST_CASE("contract: MastodonPlatform hands off a scheduled status and finds it as a ScheduledStatus")
{
    Contract contract;
    OutgoingPost post = contract.status(QStringLiteral("The quarter starts now"));
    post.scheduledAt = contract.clock.now().addSecs(600);
    const Result<RemotePost> handedOff = contract.publish(post);
    REQUIRE(handedOff);
    CHECK(handedOff->state == RemotePost::State::ScheduledOnServer);
    CHECK(handedOff->publishedAt == post.scheduledAt);
    CHECK(contract.server.store().scheduledCount() == 1);
    CHECK(contract.server.store().statusCount() == 0);

    // A retry with the same key gets the same scheduled status back.
    const Result<RemotePost> again = contract.publish(post);
    REQUIRE(again);
    CHECK(again->remoteId == handedOff->remoteId);
    CHECK(contract.server.store().scheduledCount() == 1);

    const Result<RemotePost> held =
        await<RemotePost>([&](auto done) { contract.platform->confirmLive(handedOff->remoteId, done); });
    REQUIRE(held);
    CHECK(held->state == RemotePost::State::ScheduledOnServer);
    const Result<std::optional<RemotePost>> found =
        await<std::optional<RemotePost>>([&](auto done) { contract.platform->findPublished(post, done); });
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == handedOff->remoteId);
    CHECK((*found)->state == RemotePost::State::ScheduledOnServer);

    // Once its time came the server published it under a new id: findPublished sees the live status.
    contract.clock.advance(601 * 1000);
    REQUIRE(contract.server.publishDueScheduledStatuses() == 1);
    const Result<std::optional<RemotePost>> live =
        await<std::optional<RemotePost>>([&](auto done) { contract.platform->findPublished(post, done); });
    REQUIRE(live);
    REQUIRE(live->has_value());
    CHECK((*live)->state == RemotePost::State::Live);
    CHECK((*live)->url.isValid());
}

TEST_CASE("contract: MastodonPlatform lets the server refuse a schedule its own clock finds too soon")
{
    Contract contract;
    OutgoingPost post = contract.status(QStringLiteral("Board meeting wrap-up"));
    post.scheduledAt = contract.clock.now().addSecs(360);
    // Our clock runs two minutes behind the server's: the request goes out, the server says no.
    contract.server.setTimeSource([&contract] { return contract.clock.now().addSecs(120); });
    const Result<RemotePost> refused = contract.publish(post);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PlatformRejected);
    CHECK(refused.error().detail.contains(QStringLiteral("Scheduled at")));
}

TEST_CASE("contract: MastodonPlatform pages past its own posts in the home timeline by the Link header")
{
    Contract contract;
    for (int i = 0; i < 5; ++i)
        REQUIRE(contract.publish(contract.status(QStringLiteral("Post %1").arg(i))));
    // Every post here is the account's own: none is shown, but the cursor still leads to the end.
    int pages = 0;
    QString cursor;
    do {
        const Result<FeedPage> result = await<FeedPage>([&](auto done) {
            contract.platform->fetchFeed(FeedRequest{2, cursor}, done);
        });
        REQUIRE(result);
        CHECK(result->items.isEmpty());
        cursor = result->nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    CHECK(pages >= 3);
    CHECK(pages <= 4);
    const auto homeRequests = std::count_if(
        contract.server.requestLog().begin(), contract.server.requestLog().end(),
        [](const RequestLogEntry& entry) { return entry.path == QLatin1String("/api/v1/timelines/home"); });
    CHECK(homeRequests == pages);
}
