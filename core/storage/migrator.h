#pragma once

#include "common/result.h"
#include "migration.h"

namespace Podium::Core {

class Database;

/// Brings a database to the newest schema: each migration in its own transaction, recorded in
/// schema_migrations; an SQLite file is copied aside first; a newer schema than this build is refused.
class Migrator
{
public:
    explicit Migrator(const Database& database, QList<Migration> migrations = Migration::builtIn());

    /// Returns the schema version reached.
    Result<int> migrate();
    /// Reads the recorded version without changing anything (0 for an empty database).
    Result<int> currentVersion() const;
    int latestVersion() const;
    QString backupPath() const { return m_backupPath; }

private:
    Result<void> backUpSqliteFile(int fromVersion);
    Result<void> apply(const Migration& migration);

    const Database& m_database;
    QList<Migration> m_migrations;
    QString m_backupPath;
};

} // namespace Podium::Core
