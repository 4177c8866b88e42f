#pragma once

#include "accounts/network_account.h"
#include "platform_directory.h"

#include <QHash>

#include <functional>
#include <map>
#include <memory>

namespace Podium::Core {

class Clock;
class Database;
class SecretStore;

/// The PlatformDirectory over the workspace's accounts: the practice sandbox for practice posts, otherwise
/// the account's platform built with its secret from the SecretStore. Platforms are built once and kept.
class AccountPlatforms final : public PlatformDirectory
{
public:
    /// Builds the platform for one account of a kind, given its secret.
    using Factory = std::function<std::unique_ptr<Platform>(const NetworkAccount& account, const QString& secret)>;

    AccountPlatforms(Database& database, const Clock& clock, SecretStore& secrets);
    ~AccountPlatforms() override;

    void setFactory(PlatformKind kind, Factory factory);
    void platformFor(const Post& post, Platform::Done<Platform*> done) override;
    void platformForAccount(const QString& accountId, Platform::Done<Platform*> done);
    /// The practice sandbox as this person sees it.
    Platform* practiceFor(const QString& personId);
    /// Drops a built platform, after the account was reconnected or removed.
    void forget(const QString& accountId);

private:
    Database& m_database;
    const Clock& m_clock;
    SecretStore& m_secrets;
    std::map<PlatformKind, Factory> m_factories;
    std::map<QString, std::unique_ptr<Platform>> m_platforms;
    std::map<QString, std::unique_ptr<Platform>> m_practice;
    /// Lets late SecretStore answers notice that this directory is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Podium::Core
