#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice_fixture.h"
#include "publishing/publisher.h"
#include "scripted_platform.h"
#include "storage/audit_repository.h"
#include "wait_until.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// The publisher over a workspace where a trainer practises with the executive, and a fake network that
/// records everything it is asked to send.
struct PracticePublisherFixture : PracticeFixture
{
    ScriptedPlatform network;
    std::unique_ptr<Publisher> publisher;

    PracticePublisherFixture()
    {
        PublisherOptions options;
        options.random = [] { return 0.0; };
        publisher = std::make_unique<Publisher>(workspace->posts(), network, clock, options);
    }

    /// A post of the executive's queued for now, to the live account or to the practice sandbox.
    Post due(bool live)
    {
        NewPost request;
        request.authorId = executive.id;
        request.platform = live ? PlatformKind::Mastodon : PlatformKind::Practice;
        request.accountId = live ? liveAccount.id : QString();
        request.body = QStringLiteral("Thank you, team.");
        request.schedule = true;
        const Result<Post> post = workspace->posts().create(request);
        REQUIRE(post.hasValue());
        return *post;
    }

    void run()
    {
        QSignalSpy idle(publisher.get(), &Publisher::idle);
        publisher->publishDue();
        REQUIRE(waitUntil([&] { return publisher->inFlight() == 0 && !idle.isEmpty(); }));
    }

    void finish(const PracticeSession& session)
    {
        PracticeOutcome outcome;
        outcome.summary = QStringLiteral("Ready.");
        REQUIRE(workspace->practiceSessions().finish(trainer.id, session.id, outcome).hasValue());
    }
};

} // namespace

TEST_CASE("Publisher sends nothing to a live account while its executive practises, but practice posts go "
          "(fake network)",
          "[db]")
{
    PracticePublisherFixture f;
    QSignalSpy retried(f.publisher.get(), &Publisher::postRetryScheduled);
    const PracticeSession session = f.startSession(10);
    const Post live = f.due(true);
    const Post practice = f.due(false);
    f.run();

    const Post held = f.stored(live.id);
    CHECK(held.state == PostState::RetryWaiting);
    CHECK(held.lastErrorCode == QStringLiteral("practice-session.live-blocked"));
    CHECK(held.nextAttemptAt == session.plannedEnd());
    CHECK(held.attempts == 0);
    CHECK(f.network.copiesOf(live.id) == 0);
    CHECK(f.network.findCalls() == 0);
    CHECK(f.actions(live.id).last() == QStringLiteral("post.held-for-practice"));
    REQUIRE(retried.count() == 1);
    CHECK(retried.at(0).at(2).value<Error>().code == ErrorCode::PracticeSessionLiveBlocked);

    CHECK(f.stored(practice.id).state == PostState::Published);
    CHECK(f.network.copiesOf(practice.id) == 1);

    // Still held if asked again before the session's end.
    f.clock.advance(5 * 60 * 1000);
    f.run();
    CHECK(f.stored(live.id).state == PostState::RetryWaiting);
    CHECK(f.network.publishCalls() == 1);
}

TEST_CASE("Publisher sends a held post once the session is over, within the grace window (fake network)", "[db]")
{
    PracticePublisherFixture f;
    const PracticeSession session = f.startSession(10);
    const Post live = f.due(true);
    f.run();
    REQUIRE(f.stored(live.id).state == PostState::RetryWaiting);

    f.clock.advance(4 * 60 * 1000);
    f.finish(session);
    f.clock.advance(6 * 60 * 1000);
    f.run();
    const Post sent = f.stored(live.id);
    CHECK(sent.state == PostState::Published);
    CHECK(sent.attempts == 1);
    CHECK(sent.lastErrorCode.isEmpty());
    CHECK(f.network.copiesOf(live.id) == 1);
}

TEST_CASE("Publisher asks a person about a post held past its grace window by a long session (fake network)", "[db]")
{
    PracticePublisherFixture f;
    QSignalSpy missed(f.publisher.get(), &Publisher::postMissed);
    const PracticeSession session = f.startSession(60);
    const Post live = f.due(true);
    f.run();
    f.clock.advance(60 * 60 * 1000);
    f.finish(session);
    f.run();
    CHECK(f.stored(live.id).state == PostState::Missed);
    CHECK(missed.count() == 1);
    CHECK(f.network.publishCalls() == 0);
}

TEST_CASE("Publisher holds a post it claimed just before the executive's session started (fake network)", "[db]")
{
    PracticePublisherFixture f;
    const Post live = f.due(true);
    QSignalSpy idle(f.publisher.get(), &Publisher::idle);
    // Claimed now; the fake network answers which platform to use only once the event loop runs.
    f.publisher->publishDue();
    REQUIRE(f.stored(live.id).state == PostState::Publishing);
    const PracticeSession session = f.startSession(10);
    REQUIRE(waitUntil([&] { return f.publisher->inFlight() == 0; }));

    const Post held = f.stored(live.id);
    CHECK(held.state == PostState::RetryWaiting);
    CHECK(held.attempts == 0);
    CHECK(held.nextAttemptAt == session.plannedEnd());
    CHECK(f.network.publishCalls() == 0);
}
