#include "coaching/engagement_service.h"
#include "platforms/practice/practice_platform.h"
#include "scripted_platform.h"
#include "storage/activity_repository.h"
#include "wait_until.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// Runs one like or follow and waits for its answer.
Result<void> await(const std::function<void(Platform::Done<void>)>& call)
{
    std::optional<Result<void>> outcome;
    call([&](Result<void> result) { outcome = result; });
    REQUIRE(waitUntil([&] { return outcome.has_value(); }));
    return *outcome;
}

QList<FeedItem> practiceFeed(PracticePlatform& practice)
{
    std::optional<Result<FeedPage>> page;
    practice.fetchFeed(FeedRequest{50, {}}, [&](Result<FeedPage> p) { page = p; });
    REQUIRE(waitUntil([&] { return page.has_value(); }));
    REQUIRE(page->hasValue());
    return page->value().items;
}

} // namespace

TEST_CASE("EngagementService records a practice like and follow with whose post it was", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    EngagementService& engagement = f.workspace->engagement();
    QSignalSpy recorded(&engagement, &EngagementService::activityRecorded);
    const FeedItem item = practiceFeed(practice).first();

    REQUIRE(await([&](auto done) { engagement.like(f.executive.id, practice, item, done); }).hasValue());
    f.clock.advance(60'000); // so the log reads back in order
    REQUIRE(await([&](auto done) { engagement.follow(f.executive.id, practice, item, done); }).hasValue());
    CHECK(recorded.count() == 2);

    const QList<Activity> activities =
        *ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Practice);
    REQUIRE(activities.size() == 2);
    CHECK(activities.at(0).kind == ActivityKind::Like);
    CHECK(activities.at(0).reference == item.remoteId);
    CHECK(activities.at(0).isPractice);
    CHECK(activities.at(0).targetIsExecutive == item.authorIsExecutive);
    CHECK(activities.at(1).kind == ActivityKind::Follow);
    CHECK(activities.at(1).reference == item.authorId);
    CHECK(ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Live)->isEmpty());
}

TEST_CASE("EngagementService records nothing when the network refuses", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    FeedItem missing;
    missing.remoteId = QStringLiteral("no-such-post");
    missing.authorId = QStringLiteral("no-such-colleague");
    const Result<void> liked =
        await([&](auto done) { f.workspace->engagement().like(f.executive.id, practice, missing, done); });
    REQUIRE_FALSE(liked.hasValue());
    CHECK(liked.error().code == ErrorCode::PlatformTargetNotFound);
    const Result<void> followed =
        await([&](auto done) { f.workspace->engagement().follow(f.executive.id, practice, missing, done); });
    REQUIRE_FALSE(followed.hasValue());
    CHECK(ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Practice)->isEmpty());
}

TEST_CASE("EngagementService records a live like on the live track", "[db]")
{
    WorkspaceFixture f;
    ScriptedPlatform network;
    FeedItem item;
    item.remoteId = QStringLiteral("status-1");
    item.authorId = QStringLiteral("account-1");
    REQUIRE(await([&](auto done) { f.workspace->engagement().like(f.executive.id, network, item, done); }).hasValue());
    CHECK(network.liked() == QStringList{QStringLiteral("status-1")});
    const QList<Activity> live = *ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Live);
    REQUIRE(live.size() == 1);
    CHECK_FALSE(live.first().isPractice);
    CHECK(live.first().targetIsExecutive == false);
}
