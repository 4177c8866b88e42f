#pragma once

#include "common/result.h"
#include "network_account.h"

#include <QList>

#include <functional>
#include <memory>

namespace Podium::Core {

class AccountPlatforms;
class Clock;
class Database;
class SecretStore;
struct AccountIdentity;

/// Connects, checks and removes network accounts, keeping each secret in the SecretStore and never in the
/// database, settings or logs.
class AccountService
{
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    AccountService(Database& database, const Clock& clock, SecretStore& secrets, AccountPlatforms& platforms);
    ~AccountService();

    /// Stores the secret first, then the account; if the keychain is unavailable nothing is stored and the
    /// error (SecretStoreUnavailable) says what to install or unlock.
    void add(NetworkAccount account, const QString& secret, Done<NetworkAccount> done);
    Result<QList<NetworkAccount>> list(const QString& personId = {}) const;
    Result<NetworkAccount> find(const QString& id) const;
    /// Asks the server whose credential this is; a refusal marks the account "needs-reconnect".
    void check(const QString& id, Done<AccountIdentity> done);
    /// Removes the account and its secret.
    void remove(const QString& id, Done<void> done);

private:
    Database& m_database;
    const Clock& m_clock;
    SecretStore& m_secrets;
    AccountPlatforms& m_platforms;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Podium::Core
