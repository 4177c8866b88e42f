#pragma once

#include "common/result.h"
#include "database_location.h"
#include "durability.h"
#include "statement.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Podium::Core {

struct DatabaseOptions
{
    /// How long a write waits for another writer before giving up with DatabaseLocked.
    int busyTimeoutMs = 5000;
};

/// One open workspace database, migrated to the schema this build knows. Only core/storage sees it.
class Database
{
public:
    /// Opens (creating an SQLite file if needed) and migrates. Fails without changing existing data.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  const DatabaseOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseLocation& location() const { return m_location; }
    DatabaseBackend backend() const { return m_location.backend(); }
    QSqlDatabase connection() const { return m_connection; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema this build knows.
    int latestSchemaVersion() const { return m_latestSchemaVersion; }
    /// The copy kept aside before this open migrated an SQLite file, or empty.
    QString backupPath() const { return m_backupPath; }

    /// A prepared statement, compiled once per connection and reused; binding and execution stay with
    /// the caller.
    Statement prepare(const QString& sql) const;
    /// Executes a prepared query, classifying any failure.
    Result<void> exec(QSqlQuery& query) const;
    Result<void> exec(Statement& statement) const { return exec(statement.query()); }
    /// Runs work inside one transaction: committed when it succeeds, rolled back when it fails.
    Result<void> transaction(const std::function<Result<void>()>& work,
                             Durability durability = Durability::Flushed) const;
    Error lastError(ErrorCode fallback = ErrorCode::DatabaseQueryFailed) const;

private:
    Database(DatabaseLocation location, QString connectionName);
    Result<void> openSqlite(const DatabaseOptions& options);
    Result<void> openPostgreSql();
    Result<void> transactionBody(const std::function<Result<void>()>& work, bool deferCommit) const;
    void setting(const QString& sql) const;
    enum class TransactionStep
    {
        Begin,
        Commit,
        Rollback,
    };
    Result<void> control(TransactionStep step) const;

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<StatementCache> m_statements;
    int m_schemaVersion = 0;
    int m_latestSchemaVersion = 0;
    QString m_backupPath;
};

} // namespace Podium::Core
