#include "account_repository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, person_id, platform, server_url, handle, state, created_at FROM network_accounts");

NetworkAccount accountFrom(const Statement& query)
{
    return NetworkAccount{query.value(0).toString(),
                          query.value(1).toString(),
                          platformKindFromName(query.value(2).toString()).value_or(PlatformKind::Mastodon),
                          QUrl(query.value(3).toString()),
                          query.value(4).toString(),
                          query.value(5).toString(),
                          QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC)};
}

} // namespace

AccountRepository::AccountRepository(Database& database)
    : m_database(database)
{}

Result<void> AccountRepository::add(const NetworkAccount& account)
{
    Statement query = m_database.prepare(
        QStringLiteral("INSERT INTO network_accounts (id, person_id, platform, server_url, handle, secret_ref, state, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 created = account.createdAt.toMSecsSinceEpoch();
    for (const QVariant& value :
         {QVariant(account.id), QVariant(account.personId), QVariant(platformKindName(account.platform)),
          QVariant(account.serverUrl.toString()), QVariant(account.handle), QVariant(account.secretKey()),
          QVariant(account.state), QVariant(created), QVariant(created)})
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<QList<NetworkAccount>> AccountRepository::list(const QString& personId) const
{
    Statement query =
        m_database.prepare(selectColumns + (personId.isEmpty() ? QString() : QStringLiteral(" WHERE person_id = ?")) +
                           QStringLiteral(" ORDER BY platform, handle"));
    if (!personId.isEmpty())
        query.addBindValue(personId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<NetworkAccount> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

Result<NetworkAccount> AccountRepository::find(const QString& id) const
{
    Statement query = m_database.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::AccountNotFound, id};
    return accountFrom(query);
}

Result<void> AccountRepository::setState(const QString& id, const QString& state, const QDateTime& now)
{
    Statement query =
        m_database.prepare(QStringLiteral("UPDATE network_accounts SET state = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(id);
    return m_database.exec(query);
}

Result<void> AccountRepository::remove(const QString& id)
{
    Statement query = m_database.prepare(QStringLiteral("DELETE FROM network_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::AccountNotFound, id};
    return {};
}

} // namespace Podium::Core
