#include "delegation_fixture.h"

#include "delegation/delegation_service.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "storage/audit_repository.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

DelegationFixture::DelegationFixture()
    : delegate(addPerson(QStringLiteral("Sam Okafor"), Core::Role::Delegate))
{}

Core::Delegation DelegationFixture::grantInForce(Core::DelegationLevel level, bool publishWithoutApproval,
                                                 const QDateTime& expiresAt)
{
    Core::DelegationRequest request{executive.id, delegate.id, level, publishWithoutApproval, expiresAt};
    const Core::Result<Core::Delegation> granted = workspace->delegations().grant(executive.id, request);
    REQUIRE(granted.hasValue());
    const Core::Result<Core::Delegation> accepted = workspace->delegations().accept(delegate.id, granted->id);
    REQUIRE(accepted.hasValue());
    REQUIRE(accepted->isInForce(clock.now()));
    return *accepted;
}

Core::DraftContent DelegationFixture::content(const QString& body, qint64 secondsAhead) const
{
    Core::DraftContent draft;
    draft.body = body;
    if (secondsAhead >= 0) {
        draft.scheduledAt = clock.now().addSecs(secondsAhead);
        draft.scheduledZone = QStringLiteral("America/New_York");
    }
    return draft;
}

Core::Post DelegationFixture::draftBy(const QString& actorId, qint64 secondsAhead)
{
    const Core::Result<Core::Post> post =
        workspace->desk().createDraft(actorId, executive.id, content(QStringLiteral("A first draft."), secondsAhead));
    INFO((post.hasValue() ? QString() : post.error().codeName()).toStdString());
    REQUIRE(post.hasValue());
    return *post;
}

Core::Post DelegationFixture::stored(const QString& id) const
{
    const Core::Result<Core::Post> post = workspace->posts().find(id);
    REQUIRE(post.hasValue());
    return *post;
}

QStringList DelegationFixture::actions(const QString& postId) const
{
    return auditActions(QStringLiteral("post"), postId);
}

} // namespace Podium::Tests
