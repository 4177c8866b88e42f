#include "fake_clock.h"
#include "mastodon_test_support.h"
#include "platforms/mastodon/mastodon_platform.h"

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
