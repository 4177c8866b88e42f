#pragma once

#include "accounts/network_account.h"

#include <QDateTime>

namespace Podium::Core {
class Database;
} // namespace Podium::Core

namespace Podium::Tests {

/// Connects a live Mastodon account for `personId` straight in the database (no server is asked), for tests
/// that need an executive who posts for real.
Core::NetworkAccount addLiveAccount(Core::Database& database, const QString& personId, const QDateTime& at);

} // namespace Podium::Tests
