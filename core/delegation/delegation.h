#pragma once

#include "delegation_level.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// A grant from an executive to a delegate. It is in force once both sides accepted it, until it expires
/// or either side revokes it.
struct Delegation
{
    QString id;
    QString executiveId;
    QString delegateId;
    DelegationLevel level = DelegationLevel::Author;
    /// A post the delegate submitted goes out at its time even if the executive did not approve it.
    bool publishWithoutApproval = false;
    /// Invalid: no expiry.
    QDateTime expiresAt;
    QDateTime executiveAcceptedAt;
    QDateTime delegateAcceptedAt;
    QDateTime revokedAt;
    QDateTime createdAt;

    bool isAccepted() const { return executiveAcceptedAt.isValid() && delegateAcceptedAt.isValid(); }
    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
    /// Neither revoked nor expired: it counts (or will, once accepted) and blocks a second grant to the pair.
    bool isLive(const QDateTime& now) const { return !isRevoked() && !isExpired(now); }
    bool isInForce(const QDateTime& now) const { return isAccepted() && isLive(now); }
};

} // namespace Podium::Core
