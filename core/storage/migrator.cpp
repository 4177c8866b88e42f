#include "migrator.h"

#include "database.h"
#include "sql_error.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Podium::Core {

namespace {

const QString createTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                           "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");

// Any constant works; it only has to be the same for every Podium that migrates a shared workspace.
constexpr qint64 postgresMigrationLock = 0x706f6469756d;

} // namespace

Migrator::Migrator(const Database& database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion() const
{
    const QStringList tables = m_database.connection().tables();
    if (m_database.connection().lastError().isValid())
        return m_database.lastError();
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return SqlError::classify(m_database.backend(), query.lastError());
    return query.value(0).toInt();
}

Result<int> Migrator::migrate()
{
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error{ErrorCode::DatabaseSchemaTooNew,
                     QStringLiteral("schema %1, this build knows up to %2").arg(current.value()).arg(latestVersion())};
    if (current.value() == latestVersion())
        return current.value();

    if (m_database.backend() == DatabaseBackend::Sqlite && current.value() > 0) {
        const Result<void> backup = backUpSqliteFile(current.value());
        if (!backup)
            return backup.error();
    }
    int reached = current.value();
    for (const Migration& migration : std::as_const(m_migrations)) {
        if (migration.version <= reached)
            continue;
        const Result<void> applied = apply(migration);
        if (!applied)
            return applied.error();
        reached = migration.version;
    }
    return reached;
}

Result<void> Migrator::backUpSqliteFile(int fromVersion)
{
    const QString base = m_database.location().filePath() + QStringLiteral(".schema%1").arg(fromVersion);
    QString path = base + QStringLiteral(".bak");
    for (int n = 2; QFile::exists(path); ++n)
        path = base + QStringLiteral("-%1.bak").arg(n);
    // VACUUM INTO writes a consistent copy even while the WAL holds recent changes.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(path).replace(u'\'', QStringLiteral("''"))))) {
        QFile::remove(path);
        return SqlError::classify(DatabaseBackend::Sqlite, query.lastError(), ErrorCode::DatabaseMigrationFailed);
    }
    m_backupPath = path;
    return {};
}

Result<void> Migrator::apply(const Migration& migration)
{
    const Result<void> result = m_database.transaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (m_database.backend() == DatabaseBackend::PostgreSql) {
            // Two Podiums opening a new shared workspace at once must not both run the same migration.
            if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(postgresMigrationLock)))
                return SqlError::classify(m_database.backend(), query.lastError());
        }
        if (!query.exec(createTable))
            return SqlError::classify(m_database.backend(), query.lastError());
        query.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        query.addBindValue(migration.version);
        if (!query.exec())
            return SqlError::classify(m_database.backend(), query.lastError());
        if (query.next())
            return {}; // another process applied it while we waited for the lock
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement))
                return SqlError::classify(m_database.backend(), query.lastError(), ErrorCode::DatabaseMigrationFailed);
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return SqlError::classify(m_database.backend(), query.lastError(), ErrorCode::DatabaseMigrationFailed);
        return {};
    });
    if (!result)
        return Error{result.error().code,
                     QStringLiteral("migration %1 (%2): ").arg(migration.version).arg(migration.name) +
                         result.error().detail};
    return {};
}

} // namespace Podium::Core
