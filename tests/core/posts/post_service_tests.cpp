#include "posts/post_service.h"
#include "storage/audit_repository.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

NewPost status(const Person& author, const QString& body = QStringLiteral("Proud of our team today."))
{
    NewPost request;
    request.authorId = author.id;
    request.body = body;
    return request;
}

} // namespace

TEST_CASE("PostService keeps a new post as a draft with its author of record", "[db]")
{
    WorkspaceFixture f;
    const Result<Post> draft = f.workspace->posts().create(status(f.executive));
    REQUIRE(draft.hasValue());
    CHECK(draft->state == PostState::Draft);
    CHECK(draft->authorId == f.executive.id);
    CHECK(draft->preparedBy == f.executive.id);
    CHECK(draft->isPractice);

    const Result<Post> stored = f.workspace->posts().find(draft->id);
    REQUIRE(stored.hasValue());
    CHECK(stored->body == QStringLiteral("Proud of our team today."));
    CHECK(stored->createdAt == f.clock.now());
}

TEST_CASE("PostService refuses posts it could never publish", "[db]")
{
    WorkspaceFixture f;
    PostService& posts = f.workspace->posts();
    CHECK(posts.create(status(f.executive, QStringLiteral("   "))).error().code == ErrorCode::InvalidArgument);

    NewPost article = status(f.executive);
    article.kind = PostKind::Article;
    CHECK(posts.create(article).error().detail == QStringLiteral("title"));

    NewPost reply = status(f.executive);
    reply.kind = PostKind::Reply;
    CHECK(posts.create(reply).error().detail == QStringLiteral("target"));

    NewPost stranger = status(f.executive);
    stranger.authorId = QStringLiteral("nobody");
    CHECK(posts.create(stranger).error().code == ErrorCode::PersonNotFound);

    NewPost live = status(f.executive);
    live.platform = PlatformKind::Mastodon;
    CHECK(posts.create(live).error().code == ErrorCode::AccountNotFound);

    NewPost past = status(f.executive);
    past.schedule = true;
    past.scheduledAt = f.clock.now().addSecs(-60);
    CHECK(posts.create(past).error().code == ErrorCode::PostTimeInvalid);
    CHECK(posts.countByState()->isEmpty());
}

TEST_CASE("PostService schedules, records every transition and announces it", "[db]")
{
    WorkspaceFixture f;
    PostService& posts = f.workspace->posts();
    QSignalSpy changed(&posts, &PostService::postChanged);
    const Post draft = *posts.create(status(f.executive));
    const QDateTime at = f.clock.now().addSecs(3600);

    const Result<Post> scheduled = posts.schedule(draft.id, at, QStringLiteral("America/New_York"), f.executive.id);
    REQUIRE(scheduled.hasValue());
    CHECK(scheduled->state == PostState::Scheduled);
    CHECK(scheduled->scheduledAt == at);
    CHECK(scheduled->scheduledZone == QStringLiteral("America/New_York"));
    CHECK(changed.count() == 2);

    const Result<QList<AuditEvent>> events =
        AuditRepository(f.workspace->database()).forSubject(QStringLiteral("post"), draft.id);
    REQUIRE(events.hasValue());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).action == QStringLiteral("post.drafted"));
    CHECK(events->at(1).action == QStringLiteral("post.scheduled"));
    CHECK(events->at(1).detail == QStringLiteral("draft → scheduled"));
    CHECK(events->at(1).actorId == f.executive.id);
}

TEST_CASE("PostService records who prepared a post for an executive", "[db]")
{
    WorkspaceFixture f;
    const Person delegate = f.addPerson(QStringLiteral("Sam Ortiz"), Role::Delegate);
    NewPost request = status(f.executive);
    request.preparedBy = delegate.id;
    const Post draft = *f.workspace->posts().create(request);
    CHECK(draft.authorId == f.executive.id);
    CHECK(draft.preparedBy == delegate.id);
    const QList<AuditEvent> events =
        *AuditRepository(f.workspace->database()).forSubject(QStringLiteral("post"), draft.id);
    REQUIRE(events.size() == 1);
    CHECK(events.first().actorId == delegate.id);
    CHECK(events.first().actingForId == f.executive.id);
}

TEST_CASE("PostService refuses a transition from the wrong state and changes nothing", "[db]")
{
    WorkspaceFixture f;
    PostService& posts = f.workspace->posts();
    const Post draft = *posts.create(status(f.executive));
    REQUIRE(posts.cancel(draft.id, f.executive.id).hasValue());

    const Result<Post> again = posts.schedule(draft.id, {}, {}, f.executive.id);
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.error().code == ErrorCode::PostStateInvalid);
    CHECK(posts.find(draft.id)->state == PostState::Cancelled);
    CHECK(posts.cancel(QStringLiteral("missing"), {}).error().code == ErrorCode::PostNotFound);
    CHECK(posts.schedule(draft.id, f.clock.now().addSecs(-1), {}, {}).error().code == ErrorCode::PostTimeInvalid);
}

TEST_CASE("PostRepository finds due posts and the next due instant in time order", "[db]")
{
    WorkspaceFixture f;
    PostService& posts = f.workspace->posts();
    CHECK_FALSE(posts.repository().nextDueAt()->has_value());
    QStringList ids;
    for (const int minutes : {30, 10, 20}) {
        NewPost request = status(f.executive, QStringLiteral("In %1 minutes").arg(minutes));
        request.schedule = true;
        request.scheduledAt = f.clock.now().addSecs(minutes * 60);
        ids.append(posts.create(request)->id);
    }
    CHECK(**posts.repository().nextDueAt() == f.clock.now().addSecs(600));
    CHECK(posts.repository().due(f.clock.now(), 10)->isEmpty());

    const QList<Post> due = *posts.repository().due(f.clock.now().addSecs(25 * 60), 10);
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).id == ids.at(1));
    CHECK(due.at(1).id == ids.at(2));
    CHECK(posts.countByState()->value(PostState::Scheduled) == 3);
}
