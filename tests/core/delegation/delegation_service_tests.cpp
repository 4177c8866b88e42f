#include "delegation/delegation_service.h"
#include "delegation_fixture.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "storage/audit_repository.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

DelegationRequest requestFor(const QString& executiveId, const QString& delegateId,
                             DelegationLevel level = DelegationLevel::Author)
{
    return DelegationRequest{executiveId, delegateId, level, false, {}};
}

DelegationRequest request(const DelegationFixture& f, DelegationLevel level = DelegationLevel::Author)
{
    return DelegationRequest{f.executive.id, f.delegate.id, level, false, {}};
}

} // namespace

TEST_CASE("DelegationService is in force only once both sides accepted", "[db]")
{
    DelegationFixture f;
    DelegationService& service = f.workspace->delegations();
    QSignalSpy changed(&service, &DelegationService::delegationChanged);

    const Result<Delegation> granted = service.grant(f.executive.id, request(f, DelegationLevel::Editor));
    REQUIRE(granted.hasValue());
    CHECK(granted->executiveAcceptedAt == f.clock.now());
    CHECK_FALSE(granted->delegateAcceptedAt.isValid());
    CHECK_FALSE(granted->isInForce(f.clock.now()));
    CHECK(service.actingFor(f.delegate.id)->isEmpty());

    // Accepting one's own side again changes nothing.
    CHECK_FALSE(service.accept(f.executive.id, granted->id)->isAccepted());
    const Result<Delegation> accepted = service.accept(f.delegate.id, granted->id);
    REQUIRE(accepted.hasValue());
    CHECK(accepted->isInForce(f.clock.now()));
    REQUIRE(service.actingFor(f.delegate.id)->size() == 1);
    CHECK(service.actingFor(f.delegate.id)->first().level == DelegationLevel::Editor);
    CHECK(service.find(granted->id)->isAccepted());
    CHECK(changed.count() == 2);

    const auto events = AuditRepository(f.workspace->database()).forSubject(QStringLiteral("delegation"), granted->id);
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).action == QStringLiteral("delegation.granted"));
    CHECK(events->at(0).actorId == f.executive.id);
    CHECK(events->at(1).action == QStringLiteral("delegation.accepted"));
    CHECK(events->at(1).actorId == f.delegate.id);
}

TEST_CASE("DelegationService lets a delegate ask and the executive accept", "[db]")
{
    DelegationFixture f;
    DelegationService& service = f.workspace->delegations();
    const Result<Delegation> asked = service.grant(f.delegate.id, request(f));
    REQUIRE(asked.hasValue());
    CHECK(asked->delegateAcceptedAt.isValid());
    CHECK_FALSE(asked->executiveAcceptedAt.isValid());
    CHECK(service.accept(f.executive.id, asked->id)->isInForce(f.clock.now()));
    CHECK(service.listFor(f.executive.id)->size() == 1);
    CHECK(service.listFor(f.delegate.id)->size() == 1);
}

TEST_CASE("DelegationService refuses grants that make no sense", "[db]")
{
    DelegationFixture f;
    DelegationService& service = f.workspace->delegations();
    const Person trainer = f.addPerson(QStringLiteral("Tess Trainer"), Role::Trainer);
    const Person other = f.addPerson(QStringLiteral("Oli Other"), Role::Delegate);

    CHECK(service.grant(other.id, request(f)).error().code == ErrorCode::DelegationNotYours);
    CHECK(service.grant(f.executive.id, requestFor(f.executive.id, f.executive.id)).error().code ==
          ErrorCode::DelegationToSelf);
    CHECK(service.grant(f.executive.id, requestFor(f.executive.id, QStringLiteral("nobody"))).error().code ==
          ErrorCode::PersonNotFound);
    CHECK(service.grant(trainer.id, requestFor(trainer.id, f.delegate.id)).error().code ==
          ErrorCode::DelegationNotExecutive);
    DelegationRequest past = request(f);
    past.expiresAt = f.clock.now().addSecs(-1);
    CHECK(service.grant(f.executive.id, past).error().code == ErrorCode::DelegationExpiryInvalid);

    const Result<Delegation> first = service.grant(f.executive.id, request(f));
    REQUIRE(first.hasValue());
    const Result<Delegation> second = service.grant(f.executive.id, request(f, DelegationLevel::Editor));
    REQUIRE_FALSE(second.hasValue());
    CHECK(second.error().code == ErrorCode::DelegationExists);
    CHECK(second.error().detail == first->id);
    CHECK(service.accept(other.id, first->id).error().code == ErrorCode::DelegationNotYours);
    CHECK(service.revoke(other.id, first->id).error().code == ErrorCode::DelegationNotYours);
    CHECK(service.find(QStringLiteral("missing")).error().code == ErrorCode::DelegationNotFound);

    // Once revoked, the pair may be granted again (with a new level).
    REQUIRE(service.revoke(f.executive.id, first->id).hasValue());
    CHECK(service.accept(f.delegate.id, first->id).error().code == ErrorCode::DelegationRevoked);
    CHECK(service.grant(f.executive.id, request(f, DelegationLevel::Editor)).hasValue());
}

TEST_CASE("DelegationService ends a grant at its expiry", "[db]")
{
    DelegationFixture f;
    const Delegation grant = f.grantInForce(DelegationLevel::Author, false, f.clock.now().addSecs(3600));
    CHECK(f.workspace->delegations().actingFor(f.delegate.id)->size() == 1);
    f.clock.advance(3600 * 1000);
    CHECK(f.workspace->delegations().actingFor(f.delegate.id)->isEmpty());
    CHECK_FALSE(f.workspace->delegations().find(grant.id)->isInForce(f.clock.now()));
}

TEST_CASE("DelegationService revoking returns the delegate's pending work to the executive", "[db]")
{
    DelegationFixture f;
    const Delegation grant = f.grantInForce(DelegationLevel::Editor);
    PostDesk& desk = f.workspace->desk();
    const Post draft = f.draftBy(f.delegate.id);
    const Post awaiting = f.draftBy(f.delegate.id);
    REQUIRE(desk.submit(f.delegate.id, awaiting.id).hasValue());
    const Post approved = f.draftBy(f.delegate.id);
    REQUIRE(desk.submit(f.delegate.id, approved.id).hasValue());
    REQUIRE(desk.approve(f.executive.id, approved.id).hasValue());
    const Post executives = f.draftBy(f.executive.id);
    // A post of the delegate's that went out unapproved (as the old command line let it) is queued too.
    NewPost queued;
    queued.authorId = f.executive.id;
    queued.preparedBy = f.delegate.id;
    queued.body = QStringLiteral("Queued without approval");
    queued.schedule = true;
    queued.scheduledAt = f.clock.now().addSecs(600);
    const Post unapproved = *f.workspace->posts().create(queued);
    // And one a server already holds.
    queued.body = QStringLiteral("Held by the server");
    const Post handed = *f.workspace->posts().create(queued);
    REQUIRE(f.workspace->posts()
                .transition(handed.id, {PostState::Scheduled}, PostState::HandedOff, {},
                            QStringLiteral("post.handed-off"), {})
                .hasValue());

    QSignalSpy returned(&f.workspace->delegations(), &DelegationService::postReturned);
    QSignalSpy changed(&f.workspace->posts(), &PostService::postChanged);
    QSignalSpy beyond(&f.workspace->delegations(), &DelegationService::postsBeyondRecall);
    const Result<Delegation> revoked = f.workspace->delegations().revoke(f.executive.id, grant.id);
    REQUIRE(revoked.hasValue());
    CHECK(revoked->revokedAt == f.clock.now());

    for (const Post& post : {draft, awaiting, unapproved}) {
        const Post after = f.stored(post.id);
        CHECK(after.state == PostState::Draft);
        CHECK(after.authorId == f.executive.id);
        CHECK(after.preparedBy == f.delegate.id);
        CHECK(f.actions(post.id).last() == QStringLiteral("post.returned"));
    }
    CHECK(f.stored(approved.id).state == PostState::Scheduled);
    CHECK(f.stored(executives.id).state == PostState::Draft);
    CHECK(f.actions(executives.id) == QStringList{QStringLiteral("post.drafted")});
    CHECK(f.stored(handed.id).state == PostState::HandedOff);
    CHECK(f.actions(handed.id).last() == QStringLiteral("post.beyond-recall"));
    CHECK(returned.count() == 3);
    CHECK(changed.count() == 3);
    REQUIRE(beyond.count() == 1);
    CHECK(beyond.first().at(1).toStringList() == QStringList{handed.id});

    // Nothing of the delegate's can be done any more.
    CHECK(desk.saveDraft(f.delegate.id, draft.id, f.content()).error().code == ErrorCode::DelegationRevoked);
    // Revoking again changes nothing.
    CHECK(f.workspace->delegations().revoke(f.delegate.id, grant.id)->revokedAt == revoked->revokedAt);
}
