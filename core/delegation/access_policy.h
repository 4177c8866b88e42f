#pragma once

#include "common/result.h"
#include "delegation.h"
#include "post_action.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Podium::Core {

class Clock;
class Database;
class DelegationRepository;
class PersonRepository;
struct Post;

/// Decides who may do what to an executive's posts: the executive everything, a delegate what the grant in
/// force allows, and approval only ever the executive. Every core path that acts for a person asks it.
class AccessPolicy
{
public:
    AccessPolicy(Database& database, const Clock& clock);
    ~AccessPolicy();

    /// Whether the actor may do `action` to the executive's posts; the specific Delegation* error (or
    /// ApprovalNotYours) when not.
    Result<void> check(const QString& actorId, const QString& executiveId, PostAction action) const;
    /// check() for one post, with what depends on it: a delegate who did not prepare a draft needs Edit to
    /// change or submit it, and an Author cancels only their own drafts that were not submitted yet.
    Result<void> checkPost(const QString& actorId, const Post& post, PostAction action) const;
    /// The actor (if an Executive) and every executive whose grant to the actor is in force.
    Result<QStringList> readableAuthors(const QString& actorId) const;
    /// True when a grant in force lets the delegate's posts go out without the executive's approval.
    /// No grant in force is false, not an error.
    Result<bool> publishesWithoutApproval(const QString& delegateId, const QString& executiveId) const;
    /// The grant in force, or why there is none: DelegationMissing, -NotAccepted, -Expired or -Revoked
    /// (judged on the newest grant between the two).
    Result<Delegation> grantInForce(const QString& delegateId, const QString& executiveId) const;
    /// Whether a grant of this level allows the action (Approve never).
    static bool allows(DelegationLevel level, PostAction action);

private:
    const Clock& m_clock;
    std::unique_ptr<DelegationRepository> m_delegations;
    std::unique_ptr<PersonRepository> m_people;
};

} // namespace Podium::Core
