#include "live_account.h"

#include "common/ids.h"
#include "storage/account_repository.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

Core::NetworkAccount addLiveAccount(Core::Database& database, const QString& personId, const QDateTime& at)
{
    Core::NetworkAccount account;
    account.id = Core::newId();
    account.personId = personId;
    account.platform = Core::PlatformKind::Mastodon;
    account.serverUrl = QUrl(QStringLiteral("https://social.example.com"));
    account.handle = QStringLiteral("dana");
    account.createdAt = at;
    REQUIRE(Core::AccountRepository(database).add(account).hasValue());
    return account;
}

} // namespace Podium::Tests
