#pragma once

#include "delegation_level.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// What an executive grants, or a delegate asks for.
struct DelegationRequest
{
    QString executiveId;
    QString delegateId;
    DelegationLevel level = DelegationLevel::Author;
    bool publishWithoutApproval = false;
    /// Invalid: no expiry.
    QDateTime expiresAt;
};

} // namespace Podium::Core
