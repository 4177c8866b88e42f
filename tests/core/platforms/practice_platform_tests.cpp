#include "platforms/practice/practice_platform.h"
#include "workspace_fixture.h"

#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// Waits for one asynchronous platform call and returns what it delivered.
template <typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    call([&](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    REQUIRE_FALSE(outcome.has_value()); // the contract: never inside the call
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(outcome.has_value());
    return std::move(*outcome);
}

OutgoingPost statusPost(const QString& id, const QString& body)
{
    OutgoingPost post;
    post.id = id;
    post.body = body;
    return post;
}

} // namespace

TEST_CASE("PracticePlatform shows a feed of sample colleagues, mostly not executives", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    const Result<FeedPage> page = await<FeedPage>([&](auto done) {
        practice.fetchFeed(FeedRequest{10, {}}, std::move(done));
    });
    REQUIRE(page.hasValue());
    REQUIRE(page->items.size() == 10);
    CHECK_FALSE(page->nextCursor.isEmpty());
    CHECK(page->items.first().createdAt > page->items.last().createdAt);
    const auto executives = std::count_if(page->items.cbegin(), page->items.cend(),
                                          [](const FeedItem& item) { return item.authorIsExecutive; });
    CHECK(executives < 3);
    CHECK_FALSE(page->items.first().authorTitle.isEmpty());
    CHECK_FALSE(page->items.first().authorDepartment.isEmpty());

    const Result<FeedPage> rest = await<FeedPage>([&](auto done) {
        practice.fetchFeed(FeedRequest{100, page->nextCursor}, std::move(done));
    });
    REQUIRE(rest.hasValue());
    CHECK(rest->items.size() == 8);
    CHECK(rest->nextCursor.isEmpty());
}

TEST_CASE("PracticePlatform publishes a post once however often it is sent", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    const OutgoingPost post = statusPost(QStringLiteral("post-1"), QStringLiteral("Hello team!"));

    const Result<std::optional<RemotePost>> before =
        await<std::optional<RemotePost>>([&](auto done) { practice.findPublished(post, std::move(done)); });
    REQUIRE(before.hasValue());
    CHECK_FALSE(before->has_value());

    const Result<RemotePost> first = await<RemotePost>([&](auto done) { practice.publish(post, std::move(done)); });
    const Result<RemotePost> again = await<RemotePost>([&](auto done) { practice.publish(post, std::move(done)); });
    REQUIRE(first.hasValue());
    REQUIRE(again.hasValue());
    CHECK(first->remoteId == again->remoteId);
    CHECK(first->state == RemotePost::State::Live);
    CHECK(first->url.scheme() == QStringLiteral("podium-practice"));

    const Result<std::optional<RemotePost>> found =
        await<std::optional<RemotePost>>([&](auto done) { practice.findPublished(post, std::move(done)); });
    REQUIRE(found.hasValue());
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == first->remoteId);
    const Result<RemotePost> live =
        await<RemotePost>([&](auto done) { practice.confirmLive(first->remoteId, std::move(done)); });
    REQUIRE(live.hasValue());
    CHECK(live->remoteId == first->remoteId);
}

TEST_CASE("PracticePlatform likes, replies and follows within the sandbox", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    const FeedPage page = *await<FeedPage>([&](auto done) { practice.fetchFeed(FeedRequest{1, {}}, std::move(done)); });
    const FeedItem colleaguePost = page.items.first();

    REQUIRE(await<void>([&](auto done) { practice.like(colleaguePost.remoteId, std::move(done)); }).hasValue());
    REQUIRE(await<void>([&](auto done) { practice.like(colleaguePost.remoteId, std::move(done)); }).hasValue());
    OutgoingPost reply = statusPost(QStringLiteral("reply-1"), QStringLiteral("Well done, everyone!"));
    reply.kind = PostKind::Reply;
    reply.target = colleaguePost.remoteId;
    REQUIRE(await<RemotePost>([&](auto done) { practice.publish(reply, std::move(done)); }).hasValue());
    REQUIRE(await<void>([&](auto done) { practice.follow(colleaguePost.authorId, std::move(done)); }).hasValue());

    const FeedItem after = await<FeedPage>([&](auto done) {
                               practice.fetchFeed(FeedRequest{1, {}}, std::move(done));
                           })->items.first();
    CHECK(after.likedByMe);
    CHECK_FALSE(colleaguePost.followingAuthor);
    CHECK(after.followingAuthor);
    CHECK(after.likes == colleaguePost.likes + 1);
    CHECK(after.replies == colleaguePost.replies + 1);

    CHECK(await<void>([&](auto done) { practice.like(QStringLiteral("nope"), std::move(done)); }).error().code ==
          ErrorCode::PlatformTargetNotFound);
    CHECK(await<void>([&](auto done) { practice.follow(QStringLiteral("nobody"), std::move(done)); }).error().code ==
          ErrorCode::PlatformTargetNotFound);
}

TEST_CASE("PracticePlatform keeps each executive's likes apart", "[db]")
{
    WorkspaceFixture f;
    const Person other = f.addPerson(QStringLiteral("Lee Park"), Role::Executive);
    PracticePlatform mine(f.workspace->database(), f.clock, f.executive.id);
    PracticePlatform theirs(f.workspace->database(), f.clock, other.id);
    const FeedItem item = await<FeedPage>([&](auto done) {
                              mine.fetchFeed(FeedRequest{1, {}}, std::move(done));
                          })->items.first();
    REQUIRE(await<void>([&](auto done) { mine.like(item.remoteId, std::move(done)); }).hasValue());
    CHECK_FALSE(await<FeedPage>([&](auto done) {
                    theirs.fetchFeed(FeedRequest{1, {}}, std::move(done));
                })
                    ->items.first()
                    .likedByMe);
}

TEST_CASE("PracticePlatform shows reactions arriving on a practised post", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    const RemotePost posted = *await<RemotePost>([&](auto done) {
        practice.publish(statusPost(QStringLiteral("p"), QStringLiteral("First post!")), std::move(done));
    });
    const auto engagement = [&] {
        return await<QList<Engagement>>(
                   [&](auto done) { practice.fetchEngagement({posted.remoteId}, std::move(done)); })
            ->first();
    };
    CHECK(engagement().likes == 0);
    f.clock.advance(2 * 3600 * 1000);
    CHECK(engagement().likes == 8);
    CHECK(engagement().replies == 2);
}

TEST_CASE("PracticePlatform refuses what the rules forbid", "[db]")
{
    WorkspaceFixture f;
    PracticePlatform practice(f.workspace->database(), f.clock, f.executive.id);
    const auto code = [&](const OutgoingPost& post) {
        return await<RemotePost>([&](auto done) { practice.publish(post, std::move(done)); }).error().code;
    };
    CHECK(code(statusPost(QStringLiteral("long"), QString(501, QLatin1Char('x')))) == ErrorCode::PlatformTextTooLong);
    OutgoingPost orphan = statusPost(QStringLiteral("orphan"), QStringLiteral("Agreed"));
    orphan.kind = PostKind::Reply;
    orphan.target = QStringLiteral("missing");
    CHECK(code(orphan) == ErrorCode::PlatformTargetNotFound);
    OutgoingPost like = statusPost(QStringLiteral("l"), {});
    like.kind = PostKind::Like;
    CHECK(code(like) == ErrorCode::PlatformUnsupported);
}
