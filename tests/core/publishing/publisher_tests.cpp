#include "posts/post_service.h"
#include "publishing/publisher.h"
#include "scripted_platform.h"
#include "storage/account_repository.h"
#include "storage/audit_repository.h"
#include "wait_until.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;
using Step = ScriptedPlatform::Step;

namespace {

struct PublisherFixture : WorkspaceFixture
{
    ScriptedPlatform network;
    std::unique_ptr<Publisher> publisher;

    explicit PublisherFixture(PublisherOptions options = {})
    {
        options.random = [] { return 0.0; };
        options.firstRetryMs = 10 * 1000;
        publisher = std::make_unique<Publisher>(workspace->posts(), network, clock, options);
    }

    Post due(PostKind kind = PostKind::Status, int secondsAgo = 0)
    {
        NewPost request;
        request.authorId = executive.id;
        request.accountId = QString();
        request.kind = kind;
        request.body = kind == PostKind::Like ? QString() : QStringLiteral("Thank you, team.");
        request.inReplyTo = kind == PostKind::Like ? QStringLiteral("their-post") : QString();
        request.schedule = true;
        request.scheduledAt = clock.now();
        const Result<Post> post = workspace->posts().create(request);
        INFO((post.hasValue() ? QString() : post.error().codeName() + post.error().detail).toStdString());
        REQUIRE(post.hasValue());
        clock.advance(qint64(secondsAgo) * 1000);
        return *post;
    }

    Post stored(const QString& id) { return *workspace->posts().find(id); }

    /// Publishes what is due and waits until the publisher has nothing left in flight.
    void run()
    {
        QSignalSpy idle(publisher.get(), &Publisher::idle);
        publisher->publishDue();
        REQUIRE(waitUntil([&] { return publisher->inFlight() == 0 && !idle.isEmpty(); }));
    }
};

Error transient()
{
    return Error{ErrorCode::PlatformUnreachable, QStringLiteral("timed out")};
}

} // namespace

TEST_CASE("Publisher publishes a due post once and records where it went (fake network)", "[db]")
{
    PublisherFixture f;
    QSignalSpy published(f.publisher.get(), &Publisher::postPublished);
    const Post post = f.due();
    f.run();

    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Published);
    CHECK(after.remoteId == QStringLiteral("remote-") + post.id);
    CHECK(after.remoteUrl.startsWith(QStringLiteral("https://social.example.com/")));
    CHECK(after.attempts == 1);
    CHECK(after.publishedBy == f.executive.id);
    CHECK(f.network.copiesOf(post.id) == 1);
    CHECK(f.network.sent().first().id == post.id);
    CHECK(published.count() == 1);

    const QList<AuditEvent> events =
        *AuditRepository(f.workspace->database()).forSubject(QStringLiteral("post"), post.id);
    QStringList actions;
    for (const AuditEvent& event : events)
        actions << event.action;
    CHECK(actions == QStringList{QStringLiteral("post.scheduled"), QStringLiteral("post.publishing"),
                                 QStringLiteral("post.published")});
}

TEST_CASE("Publisher leaves posts alone until their time (fake network)", "[db]")
{
    PublisherFixture f;
    NewPost later;
    later.authorId = f.executive.id;
    later.body = QStringLiteral("Tomorrow");
    later.schedule = true;
    later.scheduledAt = f.clock.now().addSecs(3600);
    const Post post = *f.workspace->posts().create(later);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Scheduled);
    CHECK(f.network.publishCalls() == 0);
}

TEST_CASE("Publisher retries a transient failure with backoff and never doubles the post (fake network)", "[db]")
{
    PublisherFixture f;
    QSignalSpy retried(f.publisher.get(), &Publisher::postRetryScheduled);
    f.network.script({Step{Step::Kind::FailBefore, transient()}});
    const Post post = f.due();
    f.run();

    Post waiting = f.stored(post.id);
    CHECK(waiting.state == PostState::RetryWaiting);
    CHECK(waiting.lastErrorCode == QStringLiteral("platform.unreachable"));
    // First retry: half of the 10 s backoff for sure, the other half jitter (0 here).
    CHECK(waiting.nextAttemptAt == f.clock.now().addSecs(5));
    CHECK(retried.count() == 1);

    f.run(); // not yet due
    CHECK(f.stored(post.id).state == PostState::RetryWaiting);

    f.clock.advance(5000);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Published);
    CHECK(f.stored(post.id).attempts == 2);
    CHECK(f.network.findCalls() == 1); // asked the server before sending again
    CHECK(f.network.copiesOf(post.id) == 1);
}

TEST_CASE("Publisher finds a post whose answer was lost instead of sending it again (fake network)", "[db]")
{
    PublisherFixture f;
    f.network.script({Step{Step::Kind::FailAfter, transient()}});
    const Post post = f.due();
    f.run();
    REQUIRE(f.stored(post.id).state == PostState::RetryWaiting);

    f.clock.advance(60 * 1000);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Published);
    CHECK(f.network.publishCalls() == 1);
    CHECK(f.network.copiesOf(post.id) == 1);
}

TEST_CASE("Publisher waits as long as the server asks (fake network)", "[db]")
{
    PublisherFixture f;
    const QDateTime reset = f.clock.now().addSecs(900);
    f.network.script({Step{Step::Kind::FailBefore, Error{ErrorCode::PlatformRateLimited, {}, reset}}});
    const Post post = f.due();
    f.run();
    CHECK(f.stored(post.id).nextAttemptAt == reset);
}

TEST_CASE("Publisher backs off exponentially up to a ceiling")
{
    WorkspaceFixture f;
    ScriptedPlatform network;
    PublisherOptions options;
    options.firstRetryMs = 1000;
    options.maxRetryMs = 60000;
    const Publisher publisher(f.workspace->posts(), network, f.clock, options);
    CHECK(publisher.backoffMs(1) == 1000);
    CHECK(publisher.backoffMs(2) == 2000);
    CHECK(publisher.backoffMs(5) == 16000);
    CHECK(publisher.backoffMs(7) == 60000);
    CHECK(publisher.backoffMs(40) == 60000);
}

TEST_CASE("Publisher marks a refused post Failed with the server's reason (fake network)", "[db]")
{
    PublisherFixture f;
    QSignalSpy failed(f.publisher.get(), &Publisher::postFailed);
    f.network.script(
        {Step{Step::Kind::FailBefore, Error{ErrorCode::PlatformRejected, QStringLiteral("Text can't be blank")}}});
    const Post post = f.due();
    f.run();
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Failed);
    CHECK(after.lastErrorCode == QStringLiteral("platform.rejected"));
    CHECK(after.lastErrorDetail == QStringLiteral("Text can't be blank"));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(0).toString() == post.id);
}

TEST_CASE("Publisher asks for a reconnect when the credential is refused or missing (fake network)", "[db]")
{
    PublisherFixture f;
    QSignalSpy reconnect(f.publisher.get(), &Publisher::postNeedsReconnect);
    f.network.script({Step{Step::Kind::FailBefore, Error{ErrorCode::PlatformCredentialRefused, {}}}});
    const Post refused = f.due();
    f.run();
    CHECK(f.stored(refused.id).state == PostState::NeedsReconnect);

    f.network.directoryError = Error{ErrorCode::SecretNotFound, {}};
    const Post missing = f.due();
    f.run();
    CHECK(f.stored(missing.id).state == PostState::NeedsReconnect);
    CHECK(reconnect.count() == 2);
}

TEST_CASE("Publisher gives up after the last attempt and says so (fake network)", "[db]")
{
    PublisherOptions options;
    options.maxAttempts = 3;
    PublisherFixture f(options);
    f.network.script({Step{Step::Kind::FailBefore, transient()}, Step{Step::Kind::FailBefore, transient()},
                      Step{Step::Kind::FailBefore, transient()}});
    const Post post = f.due();
    for (int attempt = 0; attempt < 3; ++attempt) {
        f.run();
        f.clock.advance(3600 * 1000);
    }
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Failed);
    CHECK(after.attempts == 3);
    CHECK(after.lastErrorDetail.startsWith(QStringLiteral("gave up after 3 attempts")));
}

TEST_CASE("Publisher reconciles a post left Publishing by a crash before any retry (fake network)", "[db]")
{
    PublisherFixture f;
    const Post onServer = f.due();
    const Post notSent = f.due();
    for (const Post& post : {onServer, notSent})
        REQUIRE(f.workspace->posts()
                    .transition(post.id, {PostState::Scheduled}, PostState::Publishing, {}, QStringLiteral("test"), {})
                    .hasValue());
    // The crashed run got the first one out before it died.
    f.network.script({Step{Step::Kind::FailAfter, transient()}});
    f.network.publish(OutgoingPost{onServer.id, PostKind::Status, {}, onServer.body, {}, {}, {}}, [](auto) {});
    REQUIRE(waitUntil([&] { return f.network.copiesOf(onServer.id) == 1; }));

    QSignalSpy idle(f.publisher.get(), &Publisher::idle);
    f.publisher->start();
    REQUIRE(waitUntil([&] { return f.publisher->inFlight() == 0 && !idle.isEmpty(); }));
    CHECK(f.stored(onServer.id).state == PostState::Published);
    CHECK(f.stored(notSent.id).state == PostState::Published);
    CHECK(f.network.copiesOf(onServer.id) == 1);
    CHECK(f.network.copiesOf(notSent.id) == 1);
    CHECK(f.network.publishCalls() == 2); // the crashed run's send, and the one that never got out
}

TEST_CASE("Publisher publishes a late post within the grace window and marks older ones Missed", "[db]")
{
    PublisherFixture f;
    QSignalSpy missed(f.publisher.get(), &Publisher::postMissed);
    const Post old = f.due(PostKind::Status, 0);
    f.clock.advance(5 * 60 * 1000);
    const Post recent = f.due(PostKind::Status, 0);
    f.clock.advance(11 * 60 * 1000); // old is 16 minutes late, recent 11
    f.run();
    CHECK(f.stored(old.id).state == PostState::Missed);
    CHECK(f.stored(recent.id).state == PostState::Published);
    CHECK(missed.count() == 1);
    CHECK(f.network.copiesOf(old.id) == 0);
}

TEST_CASE("Publisher reads a handed-off post back after its time (fake network)", "[db]")
{
    PublisherFixture f;
    f.network.script({Step{Step::Kind::HandOff, {}}});
    const Post post = f.due();
    f.run();
    Post handed = f.stored(post.id);
    REQUIRE(handed.state == PostState::HandedOff);
    CHECK(handed.nextAttemptAt == post.scheduledAt.addSecs(60));

    f.clock.set(handed.nextAttemptAt);
    f.run();
    CHECK(f.stored(post.id).state == PostState::HandedOff); // the server still holds it
    CHECK(f.stored(post.id).nextAttemptAt == f.clock.now().addSecs(60));

    f.network.setRemoteState(handed.remoteId, RemotePost::State::Live);
    f.clock.advance(60 * 1000);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Published);
    CHECK_FALSE(f.stored(post.id).remoteUrl.isEmpty());
}

TEST_CASE("Publisher likes a colleague's post (fake network)", "[db]")
{
    PublisherFixture f;
    const Post like = f.due(PostKind::Like);
    f.run();
    CHECK(f.stored(like.id).state == PostState::Published);
    CHECK(f.network.liked() == QStringList{QStringLiteral("their-post")});
}

namespace {

/// A live post (practice posts never leave the sandbox, so never go to a server ahead of time).
Post handOff(PublisherFixture& f, qint64 secondsAhead)
{
    NetworkAccount account;
    account.id = QStringLiteral("mastodon-") + QString::number(secondsAhead);
    account.personId = f.executive.id;
    account.serverUrl = QUrl(QStringLiteral("https://social.example.com"));
    account.handle = QStringLiteral("dana");
    account.createdAt = f.clock.now();
    REQUIRE(AccountRepository(f.workspace->database()).add(account).hasValue());

    NewPost request;
    request.authorId = f.executive.id;
    request.platform = PlatformKind::Mastodon;
    request.accountId = account.id;
    request.kind = PostKind::Status;
    request.body = QStringLiteral("Out while the laptop is closed.");
    request.schedule = true;
    request.scheduledAt = f.clock.now().addSecs(secondsAhead);
    request.handOff = true;
    const Result<Post> post = f.workspace->posts().create(request);
    REQUIRE(post.hasValue());
    return *post;
}

} // namespace

TEST_CASE("Publisher hands a post to a server that schedules and finds it once published (fake network)", "[db]")
{
    PublisherFixture f;
    f.network.limits.nativeScheduling = true;
    f.network.limits.minimumScheduleLeadSeconds = 300;
    QSignalSpy handedOffSignal(f.publisher.get(), &Publisher::postHandedOff);
    const Post post = handOff(f, 3600);

    f.run(); // due at once: the server holds it from now on
    const Post handed = f.stored(post.id);
    REQUIRE(handed.state == PostState::HandedOff);
    CHECK(handedOffSignal.count() == 1);
    REQUIRE(f.network.sent().size() == 1);
    CHECK(f.network.sent().first().scheduledAt == post.scheduledAt);
    CHECK(handed.nextAttemptAt == post.scheduledAt.addSecs(60));

    // The server publishes it under a new id and forgets the scheduled one, as Mastodon does.
    f.network.publishHeld(post.id);
    f.clock.set(handed.nextAttemptAt);
    f.run();
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Published);
    CHECK(after.remoteId == QStringLiteral("status-") + post.id);
    CHECK(after.remoteUrl.endsWith(QStringLiteral("/status-") + post.id));
    CHECK(f.network.publishCalls() == 1);
}

TEST_CASE("Publisher publishes a hand-off itself when the server cannot hold it in time (fake network)", "[db]")
{
    PublisherFixture f;
    SECTION("a network without native scheduling")
    {
        f.network.limits.nativeScheduling = false;
    }
    SECTION("a time inside the server's minimum lead plus a minute's margin")
    {
        f.network.limits.nativeScheduling = true;
        f.network.limits.minimumScheduleLeadSeconds = 300;
    }
    const Post post = handOff(f, 330);
    f.run();
    const Post kept = f.stored(post.id);
    CHECK(kept.state == PostState::Scheduled);
    CHECK_FALSE(kept.handOff);
    CHECK(kept.attempts == 0);
    CHECK(f.network.publishCalls() == 0);

    f.clock.set(post.scheduledAt);
    f.run();
    CHECK(f.stored(post.id).state == PostState::Published);
    REQUIRE(f.network.sent().size() == 1);
    CHECK_FALSE(f.network.sent().first().scheduledAt.isValid());
}

TEST_CASE("Publisher fails a post the network would refuse without sending it, and says why (fake network)", "[db]")
{
    PublisherFixture f;
    f.network.limits.maxCharacters = 10; // the server lowered its limit after the post was queued
    QSignalSpy failedSignal(f.publisher.get(), &Publisher::postFailed);
    const Post post = f.due();
    f.run();
    const Post after = f.stored(post.id);
    CHECK(after.state == PostState::Failed);
    CHECK(after.lastErrorCode == QStringLiteral("platform.text-too-long"));
    CHECK(after.lastErrorDetail == QStringLiteral("16 of 10"));
    CHECK(f.network.publishCalls() == 0);
    CHECK(failedSignal.count() == 1);
}

TEST_CASE("Publisher marks every missed post in one pass, however many there are (fake network)", "[db]")
{
    PublisherFixture f;
    QList<Post> posts;
    for (int i = 0; i < 40; ++i) // more than the publisher takes in one page
        posts.append(f.due());
    f.clock.advance(60 * 60 * 1000);
    f.run();
    for (const Post& post : posts)
        CHECK(f.stored(post.id).state == PostState::Missed);
    CHECK(f.network.publishCalls() == 0);
}
