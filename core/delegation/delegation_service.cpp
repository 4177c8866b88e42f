#include "delegation_service.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/delegation_repository.h"
#include "storage/person_repository.h"
#include "storage/post_repository.h"

namespace Podium::Core {

namespace {

const QString subjectType = QStringLiteral("delegation");

bool isParty(const Delegation& delegation, const QString& personId)
{
    return !personId.isEmpty() && (personId == delegation.executiveId || personId == delegation.delegateId);
}

QString describe(const Delegation& delegation)
{
    QString text = delegationLevelName(delegation.level) + QStringLiteral(" for ") + delegation.executiveId +
                   QStringLiteral(" by ") + delegation.delegateId;
    if (delegation.publishWithoutApproval)
        text += QStringLiteral(", publishes without approval");
    if (delegation.expiresAt.isValid())
        text += QStringLiteral(", expires ") + delegation.expiresAt.toString(Qt::ISODate);
    return text;
}

/// Work that has not reached the point of no return and that the executive did not approve themselves.
bool isReturnable(const Post& post)
{
    switch (post.state) {
    case PostState::Draft:
    case PostState::AwaitingApproval:
    case PostState::ChangesRequested:
    case PostState::Overdue:
        return true;
    case PostState::Scheduled:
    case PostState::RetryWaiting:
    case PostState::Missed:
    case PostState::NeedsReconnect:
        return post.approvedBy != post.authorId;
    default:
        return false;
    }
}

} // namespace

DelegationService::DelegationService(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_delegations(std::make_unique<DelegationRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
    , m_posts(std::make_unique<PostRepository>(database))
    , m_audit(std::make_unique<AuditRepository>(database))
{}

DelegationService::~DelegationService() = default;

Result<Delegation> DelegationService::grant(const QString& actorId, const DelegationRequest& request)
{
    const bool byExecutive = actorId == request.executiveId;
    if (actorId.isEmpty() || (!byExecutive && actorId != request.delegateId))
        return Error{ErrorCode::DelegationNotYours, actorId};
    if (request.executiveId == request.delegateId)
        return Error{ErrorCode::DelegationToSelf, request.executiveId};
    const Result<Person> executive = m_people->find(request.executiveId);
    if (!executive)
        return executive.error();
    if (const Result<Person> delegate = m_people->find(request.delegateId); !delegate)
        return delegate.error();
    if (executive->role != Role::Executive)
        return Error{ErrorCode::DelegationNotExecutive, request.executiveId};
    const QDateTime now = m_clock.now();
    if (request.expiresAt.isValid() && request.expiresAt <= now)
        return Error{ErrorCode::DelegationExpiryInvalid, request.expiresAt.toString(Qt::ISODate)};

    Delegation delegation;
    delegation.id = newId();
    delegation.executiveId = request.executiveId;
    delegation.delegateId = request.delegateId;
    delegation.level = request.level;
    delegation.publishWithoutApproval = request.publishWithoutApproval;
    delegation.expiresAt = request.expiresAt;
    (byExecutive ? delegation.executiveAcceptedAt : delegation.delegateAcceptedAt) = now;
    delegation.createdAt = now;
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        const Result<QList<Delegation>> existing = m_delegations->between(request.delegateId, request.executiveId);
        if (!existing)
            return existing.error();
        for (const Delegation& other : *existing)
            if (other.isLive(now))
                return Error{ErrorCode::DelegationExists, other.id};
        if (const Result<void> inserted = m_delegations->insert(delegation); !inserted)
            return inserted;
        return m_audit->append(
            AuditEvent{newId(),
                       now,
                       actorId,
                       {},
                       byExecutive ? QStringLiteral("delegation.granted") : QStringLiteral("delegation.requested"),
                       subjectType,
                       delegation.id,
                       describe(delegation)});
    });
    if (!written)
        return written.error();
    Q_EMIT delegationChanged(delegation.id);
    return delegation;
}

Result<Delegation> DelegationService::accept(const QString& actorId, const QString& delegationId)
{
    Result<Delegation> found = m_delegations->find(delegationId);
    if (!found)
        return found.error();
    Delegation delegation = *found;
    if (!isParty(delegation, actorId))
        return Error{ErrorCode::DelegationNotYours, actorId};
    const QDateTime now = m_clock.now();
    if (delegation.isRevoked())
        return Error{ErrorCode::DelegationRevoked, delegation.id};
    if (delegation.isExpired(now))
        return Error{ErrorCode::DelegationExpired, delegation.id};
    QDateTime& side =
        actorId == delegation.executiveId ? delegation.executiveAcceptedAt : delegation.delegateAcceptedAt;
    if (side.isValid())
        return delegation;
    side = now;
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (const Result<void> updated = m_delegations->update(delegation); !updated)
            return updated;
        return m_audit->append(AuditEvent{newId(),
                                          now,
                                          actorId,
                                          {},
                                          QStringLiteral("delegation.accepted"),
                                          subjectType,
                                          delegation.id,
                                          delegation.isAccepted() ? QStringLiteral("in force") : QString()});
    });
    if (!written)
        return written.error();
    Q_EMIT delegationChanged(delegation.id);
    return delegation;
}

Result<Delegation> DelegationService::revoke(const QString& actorId, const QString& delegationId)
{
    Result<Delegation> found = m_delegations->find(delegationId);
    if (!found)
        return found.error();
    Delegation delegation = *found;
    if (!isParty(delegation, actorId))
        return Error{ErrorCode::DelegationNotYours, actorId};
    if (delegation.isRevoked())
        return delegation;
    const QDateTime now = m_clock.now();
    delegation.revokedAt = now;
    QList<Post> returned;
    QStringList beyondRecall;
    // One transaction: once the grant reads as revoked, none of the delegate's unapproved work is left queued.
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (const Result<void> updated = m_delegations->update(delegation); !updated)
            return updated;
        if (const Result<void> audited = m_audit->append(AuditEvent{newId(),
                                                                    now,
                                                                    actorId,
                                                                    {},
                                                                    QStringLiteral("delegation.revoked"),
                                                                    subjectType,
                                                                    delegation.id,
                                                                    describe(delegation)});
            !audited)
            return audited;
        Result<QList<Post>> moved = returnPendingWork(delegation, actorId, beyondRecall);
        if (!moved)
            return moved.error();
        returned = std::move(*moved);
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT delegationChanged(delegation.id);
    for (const Post& post : std::as_const(returned))
        Q_EMIT postReturned(post.id, post.state);
    if (!beyondRecall.isEmpty())
        Q_EMIT postsBeyondRecall(delegation.id, beyondRecall);
    return delegation;
}

Result<QList<Post>> DelegationService::returnPendingWork(const Delegation& delegation, const QString& actorId,
                                                         QStringList& beyondRecall)
{
    PostFilter filter;
    filter.authorId = delegation.executiveId;
    filter.preparedBy = delegation.delegateId;
    filter.limit = 1000000;
    const Result<QList<Post>> posts = m_posts->list(filter);
    if (!posts)
        return posts.error();
    const QDateTime now = m_clock.now();
    const QString actingFor = actorId == delegation.executiveId ? QString() : delegation.executiveId;
    QList<Post> returned;
    for (Post post : *posts) {
        if (post.approvedBy == post.authorId || isFinal(post.state))
            continue;
        if (post.state == PostState::HandedOff || post.state == PostState::Publishing) {
            // Past the point of no return: the server holds it (or has it on the way). It stays as it is and
            // is named in the audit log and in postsBeyondRecall, so the executive can cancel it there.
            beyondRecall.append(post.id);
            if (const Result<void> audited =
                    m_audit->append(AuditEvent{newId(), now, actorId, actingFor, QStringLiteral("post.beyond-recall"),
                                               QStringLiteral("post"), post.id,
                                               QStringLiteral("delegation %1 revoked while the post was %2")
                                                   .arg(delegation.id, postStateName(post.state))});
                !audited)
                return audited.error();
            continue;
        }
        if (!isReturnable(post))
            continue;
        const PostState before = post.state;
        post.state = PostState::Draft;
        post.approveBy = {};
        post.nextAttemptAt = {};
        post.updatedAt = now;
        // Compare-and-set on the state: the publisher cannot claim it between the read and this write.
        if (const Result<void> updated = m_posts->update(post, before); !updated)
            return updated.error();
        if (const Result<void> audited = m_audit->append(AuditEvent{
                newId(), now, actorId, actingFor, QStringLiteral("post.returned"), QStringLiteral("post"), post.id,
                postStateName(before) + QStringLiteral(" → draft: delegation ") + delegation.id +
                    QStringLiteral(" revoked")});
            !audited)
            return audited.error();
        returned.append(post);
    }
    return returned;
}

Result<Delegation> DelegationService::find(const QString& id) const
{
    return m_delegations->find(id);
}

Result<QList<Delegation>> DelegationService::listFor(const QString& personId) const
{
    return m_delegations->listFor(personId);
}

Result<QList<Delegation>> DelegationService::actingFor(const QString& delegateId) const
{
    const Result<QList<Delegation>> grants = m_delegations->listFor(delegateId);
    if (!grants)
        return grants.error();
    const QDateTime now = m_clock.now();
    QList<Delegation> inForce;
    for (const Delegation& grant : *grants)
        if (grant.delegateId == delegateId && grant.isInForce(now))
            inForce.append(grant);
    return inForce;
}

} // namespace Podium::Core
