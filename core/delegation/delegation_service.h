#pragma once

#include "common/result.h"
#include "delegation.h"
#include "delegation_request.h"
#include "posts/post_state.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Podium::Core {

class AuditRepository;
class Clock;
class Database;
class DelegationRepository;
class PersonRepository;
class PostRepository;
struct Post;

/// Grants, acceptances and revocations of delegations, each audited. Revoking takes the delegate's pending
/// work back to the executive in the same transaction, so nothing of theirs publishes afterwards.
class DelegationService : public QObject
{
    Q_OBJECT

public:
    DelegationService(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~DelegationService() override;

    /// The executive grants (their side counts as accepted) or the delegate asks (theirs does). A pair has at
    /// most one live grant: a second is refused with DelegationExists, so a change of level is a deliberate
    /// revoke and grant rather than a silent widening.
    Result<Delegation> grant(const QString& actorId, const DelegationRequest& request);
    /// The other side accepts; accepting one's own side again changes nothing.
    Result<Delegation> accept(const QString& actorId, const QString& delegationId);
    /// Either side ends the grant at once and gets the delegate's unapproved work back to the executive as
    /// drafts. Revoking a revoked grant changes nothing.
    Result<Delegation> revoke(const QString& actorId, const QString& delegationId);
    Result<Delegation> find(const QString& id) const;
    /// Every grant the person gave, received or asked for, newest first.
    Result<QList<Delegation>> listFor(const QString& personId) const;
    /// The grants in force that let the person act for executives.
    Result<QList<Delegation>> actingFor(const QString& delegateId) const;

Q_SIGNALS:
    void delegationChanged(const QString& id);
    /// A post revoking took back from the delegate (it is now the executive's draft). The workspace passes
    /// it on as PostService::postChanged so views and the scheduler see it.
    void postReturned(const QString& id, Podium::Core::PostState state);
    /// Posts of the delegate's that revoking could not take back: a server already holds them (HandedOff)
    /// or they were being sent (Publishing). The executive must cancel them on the network.
    void postsBeyondRecall(const QString& delegationId, const QStringList& postIds);

private:
    /// Moves the delegate's posts that are not past the point of no return back to the executive; lists in
    /// `beyondRecall` the ones that are. Runs inside the revocation's transaction.
    Result<QList<Post>> returnPendingWork(const Delegation& delegation, const QString& actorId,
                                          QStringList& beyondRecall);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<DelegationRepository> m_delegations;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<PostRepository> m_posts;
    std::unique_ptr<AuditRepository> m_audit;
};

} // namespace Podium::Core
