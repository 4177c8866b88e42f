#include "delegation/delegation_service.h"
#include "delegation_fixture.h"
#include "fake_alarm.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "publishing/publisher.h"
#include "publishing/scheduler.h"
#include "scripted_platform.h"
#include "wait_until.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// The publisher over a workspace with a delegate: what goes out of a delegate's work, and what is held.
struct ApprovalFixture : DelegationFixture
{
    ScriptedPlatform network;
    std::unique_ptr<Publisher> publisher;

    ApprovalFixture()
    {
        PublisherOptions options;
        options.random = [] { return 0.0; };
        publisher = std::make_unique<Publisher>(workspace->posts(), network, clock, options);
    }

    /// A post the delegate drafted for `secondsAhead` and submitted.
    Post submitted(qint64 secondsAhead)
    {
        const Post draft = draftBy(delegate.id, secondsAhead);
        const Result<Post> post = workspace->desk().submit(delegate.id, draft.id);
        REQUIRE(post.hasValue());
        REQUIRE(post->state == PostState::AwaitingApproval);
        return *post;
    }

    void run()
    {
        QSignalSpy idle(publisher.get(), &Publisher::idle);
        publisher->publishDue();
        REQUIRE(waitUntil([&] { return publisher->inFlight() == 0 && !idle.isEmpty(); }));
    }
};

} // namespace

TEST_CASE("Publisher holds a delegate's post as Overdue when nobody approved it in time (fake network)", "[db]")
{
    ApprovalFixture f;
    f.grantInForce(DelegationLevel::Author);
    QSignalSpy overdue(f.publisher.get(), &Publisher::postOverdue);
    const Post post = f.submitted(600);
    CHECK(post.approveBy == post.scheduledAt);

    f.run();
    CHECK(f.stored(post.id).state == PostState::AwaitingApproval);
    f.clock.advance(600 * 1000);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Overdue);
    CHECK(overdue.count() == 1);
    CHECK(f.network.publishCalls() == 0);
    f.clock.advance(3600 * 1000);
    f.run();
    CHECK(f.network.publishCalls() == 0);

    // The executive approves it late: it goes out now.
    REQUIRE(f.workspace->desk().approve(f.executive.id, post.id).hasValue());
    f.run();
    CHECK(f.stored(post.id).state == PostState::Published);
    CHECK(f.stored(post.id).approvedBy == f.executive.id);
    CHECK(f.network.copiesOf(post.id) == 1);
}

TEST_CASE("Publisher publishes a delegate's post without approval when the grant allows it (fake network)", "[db]")
{
    ApprovalFixture f;
    f.grantInForce(DelegationLevel::Author, true);
    const Post post = f.submitted(3600);
    CHECK(post.approveBy == post.scheduledAt.addSecs(-1800));

    f.clock.set(post.approveBy);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Scheduled);
    CHECK(f.network.publishCalls() == 0);
    f.clock.set(post.scheduledAt);
    f.run();
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Published);
    CHECK(after.approvedBy.isEmpty());
    CHECK(f.actions(post.id).contains(QStringLiteral("post.approval-waived")));
}

TEST_CASE("Publisher does not send a revoked delegate's scheduled post (fake network)", "[db]")
{
    ApprovalFixture f;
    const Delegation grant = f.grantInForce(DelegationLevel::Author, true);
    const Post post = f.submitted(3600);
    f.clock.set(post.approveBy);
    f.run();
    REQUIRE(f.stored(post.id).state == PostState::Scheduled);

    REQUIRE(f.workspace->delegations().revoke(f.executive.id, grant.id).hasValue());
    f.clock.set(post.scheduledAt);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Draft);
    CHECK(f.network.publishCalls() == 0);
}

TEST_CASE("Publisher holds an unapproved post at sending once the grant no longer allows it (fake network)", "[db]")
{
    ApprovalFixture f;
    f.grantInForce(DelegationLevel::Author, true, f.clock.now().addSecs(2400));
    QSignalSpy overdue(f.publisher.get(), &Publisher::postOverdue);
    const Post post = f.submitted(3600);
    f.clock.set(post.approveBy);
    f.run();
    REQUIRE(f.stored(post.id).state == PostState::Scheduled);

    // The grant expires (nothing is returned on expiry); the post must still not go out unapproved.
    f.clock.set(post.scheduledAt);
    f.run();
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Overdue);
    CHECK(after.attempts == 0);
    CHECK(f.actions(post.id).last() == QStringLiteral("post.held"));
    CHECK(f.network.publishCalls() == 0);
    CHECK(overdue.count() == 1);
}

TEST_CASE("Scheduler wakes at an approval deadline as well as for due posts", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    FakeAlarm alarm;
    Scheduler scheduler(f.workspace->posts(), alarm);
    scheduler.start();
    const Post draft = f.draftBy(f.delegate.id, 7200);
    REQUIRE(f.workspace->desk().submit(f.delegate.id, draft.id).hasValue());
    REQUIRE(waitUntil([&] { return alarm.armedAt().isValid(); }));
    CHECK(alarm.armedAt() == f.clock.now().addSecs(7200 - 1800));
}
