#include "posts/post_service.h"
#include "storage/database.h"
#include "storage/post_queue_repository.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// A post of `author` in `state`, due `minutes` from the fixture's now (none: a draft without a time).
Post addPost(WorkspaceFixture& f, const Person& author, PostState state, std::optional<int> minutes,
             const QString& body = QStringLiteral("Thank you, team."))
{
    NewPost request;
    request.authorId = author.id;
    request.body = body;
    if (minutes)
        request.scheduledAt = f.clock.now().addSecs(*minutes * 60);
    Result<Post> post = f.workspace->posts().create(request);
    REQUIRE(post.hasValue());
    if (state != PostState::Draft) {
        post = f.workspace->posts().transition(post->id, {PostState::Draft}, state, author.id,
                                               QStringLiteral("test.moved"), QString());
        REQUIRE(post.hasValue());
    }
    return post.value();
}

QStringList ids(const QList<QueueItem>& items)
{
    QStringList result;
    for (const QueueItem& item : items)
        result << item.id;
    return result;
}

} // namespace

TEST_CASE("PostQueueRepository shows scheduled work soonest first, across the states it groups", "[db]")
{
    WorkspaceFixture f;
    const Post later = addPost(f, f.executive, PostState::Scheduled, 90);
    const Post retrying = addPost(f, f.executive, PostState::RetryWaiting, 30);
    const Post soon = addPost(f, f.executive, PostState::Scheduled, 10);
    addPost(f, f.executive, PostState::Published, -10);
    addPost(f, f.executive, PostState::Draft, std::nullopt);

    const PostQueueRepository queue(f.workspace->database());
    const auto page = queue.page(QueueFilter::Scheduled, {f.executive.id}, {}, 50);
    REQUIRE(page.hasValue());
    CHECK(ids(page.value()) == QStringList{soon.id, retrying.id, later.id});
    CHECK(page->first().hasTime);
    CHECK(page->first().excerpt == QStringLiteral("Thank you, team."));
}

TEST_CASE("PostQueueRepository shows history newest first and drafts by when they were made", "[db]")
{
    WorkspaceFixture f;
    const Post first = addPost(f, f.executive, PostState::Draft, std::nullopt);
    f.clock.advance(60'000);
    const Post second = addPost(f, f.executive, PostState::Draft, std::nullopt);

    const PostQueueRepository queue(f.workspace->database());
    const auto drafts = queue.page(QueueFilter::Drafts, {f.executive.id}, {}, 50);
    REQUIRE(drafts.hasValue());
    CHECK(ids(drafts.value()) == QStringList{second.id, first.id});
    CHECK_FALSE(drafts->first().hasTime);
}

TEST_CASE("PostQueueRepository shows only the executives it is asked for", "[db]")
{
    WorkspaceFixture f;
    const Person other = f.addPerson(QStringLiteral("Dana Fischer"), Role::Executive);
    const Post mine = addPost(f, f.executive, PostState::Scheduled, 10);
    const Post theirs = addPost(f, other, PostState::Scheduled, 20);

    const PostQueueRepository queue(f.workspace->database());
    CHECK(ids(queue.page(QueueFilter::Scheduled, {f.executive.id}, {}, 50).value()) == QStringList{mine.id});
    CHECK(ids(queue.page(QueueFilter::Scheduled, {f.executive.id, other.id}, {}, 50).value()) ==
          QStringList{mine.id, theirs.id});
    CHECK(queue.page(QueueFilter::Scheduled, {}, {}, 50)->isEmpty());
    CHECK(queue.counts({})->value(QueueFilter::Scheduled) == 0);
}

TEST_CASE("PostQueueRepository pages through the queue without repeating or skipping a post", "[db]")
{
    WorkspaceFixture f;
    QStringList expected;
    // Several posts share a time, so the cursor must break ties by id.
    for (int i = 0; i < 23; ++i)
        expected << addPost(f, f.executive, i % 2 ? PostState::Scheduled : PostState::HandedOff, 10 + i / 3).id;

    const PostQueueRepository queue(f.workspace->database());
    QStringList seen;
    QueueCursor cursor;
    for (int round = 0; round < 10; ++round) {
        const auto page = queue.page(QueueFilter::Scheduled, {f.executive.id}, cursor, 5);
        REQUIRE(page.hasValue());
        if (page->isEmpty())
            break;
        seen += ids(page.value());
        cursor = PostQueueRepository::cursorAfter(page->last());
    }
    CHECK(seen.size() == 23);
    QStringList unique = seen;
    unique.removeDuplicates();
    CHECK(unique.size() == 23);
    std::sort(expected.begin(), expected.end());
    std::sort(unique.begin(), unique.end());
    CHECK(unique == expected);
}

TEST_CASE("PostQueueRepository counts each filter's posts", "[db]")
{
    WorkspaceFixture f;
    addPost(f, f.executive, PostState::Draft, std::nullopt);
    addPost(f, f.executive, PostState::AwaitingApproval, 60);
    addPost(f, f.executive, PostState::Scheduled, 60);
    addPost(f, f.executive, PostState::Publishing, 60);
    addPost(f, f.executive, PostState::Failed, -5);
    addPost(f, f.executive, PostState::NeedsReconnect, -5);
    addPost(f, f.executive, PostState::Cancelled, 60);

    const auto counts = PostQueueRepository(f.workspace->database()).counts({f.executive.id});
    REQUIRE(counts.hasValue());
    CHECK(counts->value(QueueFilter::Drafts) == 1);
    CHECK(counts->value(QueueFilter::Waiting) == 1);
    CHECK(counts->value(QueueFilter::Scheduled) == 2);
    CHECK(counts->value(QueueFilter::Failed) == 2);
    CHECK(counts->value(QueueFilter::Missed) == 0);
}

TEST_CASE("PostQueueRepository stops counting a filter just past its cap", "[db]")
{
    WorkspaceFixture f;
    const Post failed = addPost(f, f.executive, PostState::Failed, -5);
    const Post reconnect = addPost(f, f.executive, PostState::NeedsReconnect, -5);
    addPost(f, f.executive, PostState::Scheduled, 60);
    // Copies of two posts in the two states the Failed filter groups, more than the cap in all.
    Database& database = f.workspace->database();
    const auto copied = database.transaction([&]() -> Result<void> {
        for (int i = 0; i < PostQueueRepository::countCap; ++i) {
            Statement copy = database.prepare(
                QStringLiteral("INSERT INTO posts (id, author_id, platform, kind, state, body, created_at, updated_at) "
                               "SELECT ?, author_id, platform, kind, state, body, created_at, updated_at FROM posts "
                               "WHERE id = ?"));
            copy.addBindValue(QStringLiteral("copy-%1").arg(i));
            copy.addBindValue(i % 2 ? failed.id : reconnect.id);
            if (const auto run = database.exec(copy); !run)
                return run;
        }
        return {};
    });
    REQUIRE(copied.hasValue());

    const auto counts = PostQueueRepository(database).counts({f.executive.id});
    REQUIRE(counts.hasValue());
    CHECK(counts->value(QueueFilter::Failed) == PostQueueRepository::countCap + 1);
    CHECK(counts->value(QueueFilter::Scheduled) == 1);
}

TEST_CASE("PostQueueRepository gives a calendar the week's posts but not drafts or cancelled ones", "[db]")
{
    WorkspaceFixture f;
    const Post today = addPost(f, f.executive, PostState::Scheduled, 60);
    const Post waiting = addPost(f, f.executive, PostState::AwaitingApproval, 120);
    addPost(f, f.executive, PostState::Draft, 30);
    addPost(f, f.executive, PostState::Cancelled, 30);
    addPost(f, f.executive, PostState::Scheduled, 60 * 24 * 8);

    const QDateTime now = f.clock.now();
    const auto week = PostQueueRepository(f.workspace->database()).between(now, now.addDays(7), {f.executive.id});
    REQUIRE(week.hasValue());
    CHECK(ids(week.value()) == QStringList{today.id, waiting.id});
}
