#include "access_policy.h"

#include "common/clock.h"
#include "posts/post.h"
#include "storage/delegation_repository.h"
#include "storage/person_repository.h"

namespace Podium::Core {

namespace {

QString actionName(PostAction action)
{
    switch (action) {
    case PostAction::Read:
        return QStringLiteral("read");
    case PostAction::Draft:
        return QStringLiteral("draft");
    case PostAction::Submit:
        return QStringLiteral("submit");
    case PostAction::Edit:
        return QStringLiteral("edit");
    case PostAction::Schedule:
        return QStringLiteral("schedule");
    case PostAction::Approve:
        return QStringLiteral("approve");
    case PostAction::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

} // namespace

AccessPolicy::AccessPolicy(Database& database, const Clock& clock)
    : m_clock(clock)
    , m_delegations(std::make_unique<DelegationRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
{}

AccessPolicy::~AccessPolicy() = default;

bool AccessPolicy::allows(DelegationLevel level, PostAction action)
{
    switch (action) {
    case PostAction::Read:
        return true;
    case PostAction::Draft:
    case PostAction::Submit:
    case PostAction::Cancel:
        return level != DelegationLevel::Reviewer;
    case PostAction::Edit:
    case PostAction::Schedule:
        return level == DelegationLevel::Editor;
    case PostAction::Approve:
        return false;
    }
    return false;
}

Result<void> AccessPolicy::check(const QString& actorId, const QString& executiveId, PostAction action) const
{
    if (actorId.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no actor")};
    if (actorId == executiveId)
        return {};
    // Asked before the grant: whatever a delegate holds, approval is the executive's own act.
    if (action == PostAction::Approve)
        return Error{ErrorCode::ApprovalNotYours, actorId};
    const Result<Delegation> grant = grantInForce(actorId, executiveId);
    if (!grant)
        return grant.error();
    if (!allows(grant->level, action))
        return Error{ErrorCode::DelegationLevelTooLow,
                     delegationLevelName(grant->level) + QStringLiteral(" may not ") + actionName(action)};
    return {};
}

Result<void> AccessPolicy::checkPost(const QString& actorId, const Post& post, PostAction action) const
{
    if (const Result<void> allowed = check(actorId, post.authorId, action); !allowed)
        return allowed;
    if (actorId == post.authorId)
        return {};
    const bool own = post.preparedBy == actorId;
    if ((action == PostAction::Draft || action == PostAction::Submit) && !own)
        return check(actorId, post.authorId, PostAction::Edit);
    if (action == PostAction::Cancel) {
        const bool unsubmitted = post.state == PostState::Draft || post.state == PostState::ChangesRequested;
        if (own && unsubmitted)
            return {};
        // Anything else (another's post, or one already with the executive) is an editor's decision.
        return check(actorId, post.authorId, PostAction::Edit);
    }
    return {};
}

Result<Delegation> AccessPolicy::grantInForce(const QString& delegateId, const QString& executiveId) const
{
    const Result<QList<Delegation>> grants = m_delegations->between(delegateId, executiveId);
    if (!grants)
        return grants.error();
    const QDateTime now = m_clock.now();
    for (const Delegation& grant : *grants)
        if (grant.isInForce(now))
            return grant;
    if (grants->isEmpty())
        return Error{ErrorCode::DelegationMissing, delegateId + QStringLiteral(" for ") + executiveId};
    const Delegation& newest = grants->first();
    if (newest.isRevoked())
        return Error{ErrorCode::DelegationRevoked, newest.id};
    if (newest.isExpired(now))
        return Error{ErrorCode::DelegationExpired, newest.id};
    return Error{ErrorCode::DelegationNotAccepted, newest.id};
}

Result<QStringList> AccessPolicy::readableAuthors(const QString& actorId) const
{
    QStringList authors;
    const Result<Person> actor = m_people->find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role == Role::Executive)
        authors.append(actorId);
    const Result<QList<Delegation>> grants = m_delegations->listFor(actorId);
    if (!grants)
        return grants.error();
    const QDateTime now = m_clock.now();
    for (const Delegation& grant : *grants)
        if (grant.delegateId == actorId && grant.isInForce(now) && !authors.contains(grant.executiveId))
            authors.append(grant.executiveId);
    return authors;
}

Result<bool> AccessPolicy::publishesWithoutApproval(const QString& delegateId, const QString& executiveId) const
{
    const Result<std::optional<Delegation>> grant = m_delegations->inForce(delegateId, executiveId, m_clock.now());
    if (!grant)
        return grant.error();
    return grant->has_value() && (*grant)->publishWithoutApproval;
}

} // namespace Podium::Core
