#pragma once

#include "accounts/network_account.h"
#include "common/result.h"

#include <QList>

namespace Podium::Core {

class Database;

/// Stores network accounts (never their secrets).
class AccountRepository
{
public:
    explicit AccountRepository(Database& database);

    Result<void> add(const NetworkAccount& account);
    /// Everyone's accounts, or one person's when `personId` is given.
    Result<QList<NetworkAccount>> list(const QString& personId = {}) const;
    /// AccountNotFound when there is none.
    Result<NetworkAccount> find(const QString& id) const;
    Result<void> setState(const QString& id, const QString& state, const QDateTime& now);
    Result<void> remove(const QString& id);

private:
    Database& m_database;
};

} // namespace Podium::Core
