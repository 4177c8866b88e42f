#include "memory_secret_store.h"
#include "path/path_service.h"
#include "posts/post_service.h"
#include "publishing/account_platforms.h"
#include "publishing/publisher.h"
#include "scripted_platform.h"
#include "storage/account_repository.h"
#include "storage/activity_repository.h"
#include "wait_until.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// Publishes through the practice sandbox, as the app does for a person rehearsing.
struct PracticePublishing : WorkspaceFixture
{
    MemorySecretStore secrets;
    AccountPlatforms platforms{workspace->database(), clock, secrets};
    Publisher publisher{workspace->posts(), platforms, clock};
    ActivityRepository activities{workspace->database()};

    Post queue(PostKind kind, const QString& target = {}, const QDateTime& at = {})
    {
        NewPost request;
        request.authorId = executive.id;
        request.kind = kind;
        request.body = postKindNeedsText(kind) ? QStringLiteral("Well done, everyone.") : QString();
        request.title = kind == PostKind::Article ? QStringLiteral("Why we decided") : QString();
        request.inReplyTo = target;
        request.schedule = true;
        request.scheduledAt = at;
        const Result<Post> post = workspace->posts().create(request);
        INFO((post ? QString() : post.error().codeName()).toStdString());
        REQUIRE(post.hasValue());
        return *post;
    }

    void run()
    {
        QSignalSpy idle(&publisher, &Publisher::idle);
        publisher.publishDue();
        REQUIRE(waitUntil([&] { return publisher.inFlight() == 0 && !idle.isEmpty(); }));
    }

    /// The practice feed's posts, to comment on and like.
    QList<FeedItem> feed()
    {
        std::optional<Result<FeedPage>> page;
        platforms.practiceFor(executive.id)->fetchFeed(FeedRequest{50, {}}, [&](Result<FeedPage> p) { page = p; });
        REQUIRE(waitUntil([&] { return page.has_value(); }));
        REQUIRE(page->hasValue());
        return page->value().items;
    }

    FeedItem firstBy(bool executiveAuthor)
    {
        for (const FeedItem& item : feed())
            if (item.authorIsExecutive == executiveAuthor)
                return item;
        FAIL("no such post in the practice feed");
        return {};
    }

    QList<Activity> history(Track track)
    {
        Result<QList<Activity>> result = activities.history(executive.id, track);
        REQUIRE(result.hasValue());
        return *result;
    }
};

/// Queues a live post through a Mastodon account and publishes it through `network`.
Post publishLive(WorkspaceFixture& f, ScriptedPlatform& network, PostKind kind, const QString& target = {})
{
    NetworkAccount account;
    account.id = QStringLiteral("mastodon-dana");
    account.personId = f.executive.id;
    account.serverUrl = QUrl(QStringLiteral("https://social.example.com"));
    account.handle = QStringLiteral("dana");
    account.createdAt = f.clock.now();
    REQUIRE(AccountRepository(f.workspace->database()).add(account).hasValue());
    NewPost request;
    request.authorId = f.executive.id;
    request.accountId = account.id;
    request.platform = PlatformKind::Mastodon;
    request.kind = kind;
    request.body = QStringLiteral("Thank you!");
    request.inReplyTo = target;
    request.schedule = true;
    const Result<Post> post = f.workspace->posts().create(request);
    REQUIRE(post.hasValue());
    Publisher publisher(f.workspace->posts(), network, f.clock);
    QSignalSpy idle(&publisher, &Publisher::idle);
    publisher.publishDue();
    REQUIRE(waitUntil([&] { return publisher.inFlight() == 0 && !idle.isEmpty(); }));
    return *f.workspace->posts().find(post->id);
}

} // namespace

TEST_CASE("ActivityRepository records a practice status update once it is published, on the practice track only",
          "[db]")
{
    PracticePublishing f;
    const Post post = f.queue(PostKind::Status);
    CHECK(f.history(Track::Practice).isEmpty());
    f.run();
    REQUIRE(f.workspace->posts().find(post.id)->state == PostState::Published);

    const QList<Activity> practice = f.history(Track::Practice);
    REQUIRE(practice.size() == 1);
    CHECK(practice.first().kind == ActivityKind::Status);
    CHECK(practice.first().isPractice);
    CHECK(practice.first().reference == post.id);
    CHECK(f.history(Track::Live).isEmpty());
    CHECK(f.workspace->path()
              .progress(f.executive.id, Track::Practice)
              ->milestone(QStringLiteral("first-status-update"))
              ->met);
    CHECK_FALSE(f.workspace->path()
                    .progress(f.executive.id, Track::Live)
                    ->milestone(QStringLiteral("first-status-update"))
                    ->met);
}

TEST_CASE("ActivityRepository records whether a practised comment was on an executive's post", "[db]")
{
    PracticePublishing f;
    const FeedItem ordinary = f.firstBy(false);
    const FeedItem boss = f.firstBy(true);
    f.queue(PostKind::Comment, ordinary.remoteId);
    f.queue(PostKind::Comment, boss.remoteId);
    f.queue(PostKind::Like, ordinary.remoteId);
    f.run();

    QMap<QString, Activity> byReference;
    for (const Activity& activity : f.history(Track::Practice))
        if (activity.kind != ActivityKind::Comment)
            byReference.insert(activity.reference, activity);
    int comments = 0;
    for (const Activity& activity : f.history(Track::Practice)) {
        if (activity.kind != ActivityKind::Comment)
            continue;
        ++comments;
        REQUIRE(activity.targetIsExecutive.has_value());
    }
    CHECK(comments == 2);
    REQUIRE(byReference.contains(ordinary.remoteId));
    CHECK(byReference.value(ordinary.remoteId).kind == ActivityKind::Like);
    CHECK(byReference.value(ordinary.remoteId).targetIsExecutive == false);

    QList<bool> targets;
    for (const Activity& activity : f.history(Track::Practice))
        if (activity.kind == ActivityKind::Comment)
            targets << *activity.targetIsExecutive;
    std::sort(targets.begin(), targets.end());
    CHECK(targets == QList<bool>{false, true});
}

TEST_CASE("ActivityRepository records a post scheduled well ahead as scheduled, and one sent at once as not", "[db]")
{
    PracticePublishing f;
    const Post soon = f.queue(PostKind::Status);
    const Post planned = f.queue(PostKind::Status, {}, f.clock.now().addSecs(3600));
    f.run();
    f.clock.advance(3600 * 1000);
    f.run();
    REQUIRE(f.workspace->posts().find(planned.id)->state == PostState::Published);

    QStringList scheduled;
    int statuses = 0;
    for (const Activity& activity : f.history(Track::Practice)) {
        if (activity.kind == ActivityKind::Scheduled)
            scheduled << activity.reference;
        if (activity.kind == ActivityKind::Status)
            ++statuses;
    }
    CHECK(statuses == 2);
    CHECK(scheduled == QStringList{planned.id});
    CHECK_FALSE(scheduled.contains(soon.id));
}

TEST_CASE("ActivityRepository records nothing for a post the network refused", "[db]")
{
    WorkspaceFixture f;
    ScriptedPlatform network;
    network.script({ScriptedPlatform::Step{ScriptedPlatform::Step::Kind::FailBefore,
                                           Error{ErrorCode::PlatformRejected, QStringLiteral("no")}}});
    REQUIRE(publishLive(f, network, PostKind::Status).state == PostState::Failed);
    CHECK(ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Live)->isEmpty());
}

TEST_CASE("ActivityRepository records a live publication on the live track", "[db]")
{
    WorkspaceFixture f;
    ScriptedPlatform network;
    REQUIRE(publishLive(f, network, PostKind::Reply, QStringLiteral("their-comment")).state == PostState::Published);

    const QList<Activity> live = *ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Live);
    REQUIRE(live.size() == 1);
    CHECK(live.first().kind == ActivityKind::Reply);
    CHECK_FALSE(live.first().isPractice);
    // A live network does not say whose post it was.
    CHECK_FALSE(live.first().targetIsExecutive.has_value());
    CHECK(ActivityRepository(f.workspace->database()).history(f.executive.id, Track::Practice)->isEmpty());
}

TEST_CASE("ActivityRepository records an executive's review of a delegate's draft, and not the delegate's own moves",
          "[db]")
{
    WorkspaceFixture f;
    const Person delegate = f.addPerson(QStringLiteral("Sam Okafor"), Role::Delegate);
    NewPost request;
    request.authorId = f.executive.id;
    request.preparedBy = delegate.id;
    request.body = QStringLiteral("Prepared for you");
    const Post post = *f.workspace->posts().create(request);
    REQUIRE(f.workspace->posts()
                .transition(post.id, {PostState::Draft}, PostState::AwaitingApproval, delegate.id,
                            QStringLiteral("post.submitted"), {})
                .hasValue());
    ActivityRepository activities(f.workspace->database());
    CHECK(activities.history(f.executive.id, Track::Practice)->isEmpty());

    REQUIRE(f.workspace->posts()
                .transition(post.id, {PostState::AwaitingApproval}, PostState::Scheduled, f.executive.id,
                            QStringLiteral("post.approved"), {},
                            [&](Post& p) { p.scheduledAt = f.clock.now().addSecs(3600); })
                .hasValue());
    const QList<Activity> reviewed = *activities.history(f.executive.id, Track::Practice);
    REQUIRE(reviewed.size() == 1);
    CHECK(reviewed.first().kind == ActivityKind::Review);
    CHECK(reviewed.first().reference == post.id);
    CHECK(f.workspace->path()
              .progress(f.executive.id, Track::Practice)
              ->milestone(QStringLiteral("review-delegate-draft"))
              ->met);
}
