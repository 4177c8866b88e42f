#pragma once

#include "platforms/account_identity.h"

#include <QString>

namespace Podium::Core {

/// What connecting an account yields: the access token (for a SecretStore) and whose it is.
struct MastodonConnection
{
    QString accessToken;
    AccountIdentity account;
};

} // namespace Podium::Core
