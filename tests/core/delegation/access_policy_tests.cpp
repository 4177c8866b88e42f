#include "delegation/access_policy.h"
#include "delegation/delegation_service.h"
#include "delegation_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

DelegationRequest requestFor(const QString& executiveId, const QString& delegateId,
                             DelegationLevel level = DelegationLevel::Author)
{
    return DelegationRequest{executiveId, delegateId, level, false, {}};
}

ErrorCode codeOf(const Result<void>& result)
{
    REQUIRE_FALSE(result.hasValue());
    return result.error().code;
}

} // namespace

TEST_CASE("AccessPolicy lets each level do exactly its actions")
{
    using L = DelegationLevel;
    using A = PostAction;
    const auto allows = &AccessPolicy::allows;
    for (L level : {L::Reviewer, L::Author, L::Editor}) {
        INFO(delegationLevelName(level).toStdString());
        CHECK(allows(level, A::Read));
        CHECK_FALSE(allows(level, A::Approve));
        CHECK(allows(level, A::Draft) == (level != L::Reviewer));
        CHECK(allows(level, A::Submit) == (level != L::Reviewer));
        CHECK(allows(level, A::Cancel) == (level != L::Reviewer));
        CHECK(allows(level, A::Edit) == (level == L::Editor));
        CHECK(allows(level, A::Schedule) == (level == L::Editor));
    }
}

TEST_CASE("AccessPolicy lets the executive do everything and nobody else approve", "[db]")
{
    DelegationFixture f;
    const AccessPolicy& access = f.workspace->access();
    for (PostAction action : {PostAction::Read, PostAction::Draft, PostAction::Submit, PostAction::Edit,
                              PostAction::Schedule, PostAction::Approve, PostAction::Cancel})
        CHECK(access.check(f.executive.id, f.executive.id, action).hasValue());
    f.grantInForce(DelegationLevel::Editor);
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Approve)) == ErrorCode::ApprovalNotYours);
    CHECK(access.check(f.delegate.id, f.executive.id, PostAction::Schedule).hasValue());
}

TEST_CASE("AccessPolicy says why a delegate may not act", "[db]")
{
    DelegationFixture f;
    const AccessPolicy& access = f.workspace->access();
    DelegationService& service = f.workspace->delegations();
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Read)) == ErrorCode::DelegationMissing);

    const Delegation pending =
        *service.grant(f.executive.id, requestFor(f.executive.id, f.delegate.id, DelegationLevel::Author));
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Read)) == ErrorCode::DelegationNotAccepted);

    REQUIRE(service.accept(f.delegate.id, pending.id).hasValue());
    CHECK(access.check(f.delegate.id, f.executive.id, PostAction::Draft).hasValue());
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Schedule)) ==
          ErrorCode::DelegationLevelTooLow);

    REQUIRE(service.revoke(f.executive.id, pending.id).hasValue());
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Read)) == ErrorCode::DelegationRevoked);

    f.clock.advance(1000);
    f.grantInForce(DelegationLevel::Reviewer, false, f.clock.now().addSecs(60));
    CHECK(access.check(f.delegate.id, f.executive.id, PostAction::Read).hasValue());
    f.clock.advance(60 * 1000);
    CHECK(codeOf(access.check(f.delegate.id, f.executive.id, PostAction::Read)) == ErrorCode::DelegationExpired);
}

TEST_CASE("AccessPolicy keeps an Author to their own drafts", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    const AccessPolicy& access = f.workspace->access();
    Post own;
    own.authorId = f.executive.id;
    own.preparedBy = f.delegate.id;
    own.state = PostState::Draft;
    Post executives = own;
    executives.preparedBy = f.executive.id;

    CHECK(access.checkPost(f.delegate.id, own, PostAction::Draft).hasValue());
    CHECK(access.checkPost(f.delegate.id, own, PostAction::Submit).hasValue());
    CHECK(access.checkPost(f.delegate.id, own, PostAction::Cancel).hasValue());
    CHECK(codeOf(access.checkPost(f.delegate.id, executives, PostAction::Draft)) == ErrorCode::DelegationLevelTooLow);
    CHECK(codeOf(access.checkPost(f.delegate.id, executives, PostAction::Cancel)) == ErrorCode::DelegationLevelTooLow);
    own.state = PostState::AwaitingApproval;
    CHECK(codeOf(access.checkPost(f.delegate.id, own, PostAction::Cancel)) == ErrorCode::DelegationLevelTooLow);
}

TEST_CASE("AccessPolicy lists the executives a person reads for", "[db]")
{
    DelegationFixture f;
    const Person second = f.addPerson(QStringLiteral("Eve Executive"), Role::Executive);
    const AccessPolicy& access = f.workspace->access();
    CHECK(*access.readableAuthors(f.executive.id) == QStringList{f.executive.id});
    CHECK(access.readableAuthors(f.delegate.id)->isEmpty());

    f.grantInForce(DelegationLevel::Reviewer);
    // A grant not yet accepted does not count.
    REQUIRE(f.workspace->delegations()
                .grant(second.id, requestFor(second.id, f.delegate.id, DelegationLevel::Editor))
                .hasValue());
    CHECK(*access.readableAuthors(f.delegate.id) == QStringList{f.executive.id});
}

TEST_CASE("AccessPolicy allows publishing without approval only under a grant in force that says so", "[db]")
{
    DelegationFixture f;
    const AccessPolicy& access = f.workspace->access();
    CHECK_FALSE(*access.publishesWithoutApproval(f.delegate.id, f.executive.id));
    const Delegation grant = f.grantInForce(DelegationLevel::Author, true);
    CHECK(*access.publishesWithoutApproval(f.delegate.id, f.executive.id));
    REQUIRE(f.workspace->delegations().revoke(f.delegate.id, grant.id).hasValue());
    CHECK_FALSE(*access.publishesWithoutApproval(f.delegate.id, f.executive.id));
}
