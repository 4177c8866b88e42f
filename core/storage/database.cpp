#include "database.h"

#include "migrator.h"
#include "sql_error.h"
#include "statement_cache.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Podium::Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("podium-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_statements.reset();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, const DatabaseOptions& options)
{
    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    const Result<void> opened =
        location.backend() == DatabaseBackend::Sqlite ? database->openSqlite(options) : database->openPostgreSql();
    if (!opened)
        return opened.error();
    database->m_statements = std::make_unique<StatementCache>(database->m_connection);

    Migrator migrator(*database);
    const Result<int> migrated = migrator.migrate();
    if (!migrated)
        return migrated.error();
    database->m_schemaVersion = migrated.value();
    database->m_latestSchemaVersion = migrator.latestVersion();
    database->m_backupPath = migrator.backupPath();
    return database;
}

Result<void> Database::openSqlite(const DatabaseOptions& options)
{
    const QFileInfo file(m_location.filePath());
    if (file.isDir())
        return Error{ErrorCode::DatabasePathUnusable, m_location.filePath() + QStringLiteral(" is a folder")};
    if (!QDir().mkpath(file.absolutePath()))
        return Error{ErrorCode::DatabasePathUnusable, QStringLiteral("cannot create folder ") + file.absolutePath()};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{ErrorCode::DatabaseDriverMissing, QStringLiteral("QSQLITE")};

    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(m_location.filePath());
    m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_connection.open())
        return SqlError::classifyConnection(DatabaseBackend::Sqlite, m_connection.lastError());

    // Opening is lazy in SQLite: the first read is what finds a file that is not a database.
    QSqlQuery probe(m_connection);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return SqlError::classify(DatabaseBackend::Sqlite, probe.lastError(), ErrorCode::DatabaseNotADatabase);
    // An unfinished SELECT keeps a read transaction open, and SQLite will not switch to WAL inside one.
    probe.finish();
    QSqlQuery pragma(m_connection);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return SqlError::classify(DatabaseBackend::Sqlite, pragma.lastError());
    // WAL lets the UI read while the publisher writes. On a read-only file the switch fails; that is
    // reported by the first write instead, with its own message.
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // Every commit reaches the disk unless a transaction asks otherwise (Durability::Deferred).
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return {};
}

Result<void> Database::openPostgreSql()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorCode::DatabaseDriverMissing, QStringLiteral("QPSQL")};

    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_connection.setHostName(m_location.host());
    m_connection.setPort(m_location.port());
    m_connection.setUserName(m_location.userName());
    m_connection.setPassword(m_location.password());
    m_connection.setDatabaseName(m_location.databaseName());
    QString options =
        QStringLiteral("connect_timeout=%1;application_name=Podium").arg(m_location.connectTimeoutSeconds());
    if (!m_location.sslMode().isEmpty())
        options += QStringLiteral(";sslmode=") + m_location.sslMode();
    m_connection.setConnectOptions(options);
    if (!m_connection.open())
        return SqlError::classifyConnection(DatabaseBackend::PostgreSql, m_connection.lastError());
    return {};
}

Statement Database::prepare(const QString& sql) const
{
    return m_statements->prepare(sql);
}

Result<void> Database::exec(QSqlQuery& query) const
{
    if (!query.exec())
        return SqlError::classify(backend(), query.lastError());
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& work, Durability durability) const
{
    const bool deferred = durability == Durability::Deferred;
    const bool sqlite = backend() == DatabaseBackend::Sqlite;
    // SQLite sets it per connection, and only outside a transaction; PostgreSQL per transaction, inside it.
    if (deferred && sqlite)
        setting(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const Result<void> result = transactionBody(work, deferred && !sqlite);
    if (deferred && sqlite)
        setting(QStringLiteral("PRAGMA synchronous = FULL"));
    return result;
}

Result<void> Database::transactionBody(const std::function<Result<void>()>& work, bool deferCommit) const
{
    if (const Result<void> begun = control(TransactionStep::Begin); !begun)
        return begun;
    if (deferCommit)
        QSqlQuery(m_connection).exec(QStringLiteral("SET LOCAL synchronous_commit = off"));
    Result<void> result = work();
    if (!result) {
        (void)control(TransactionStep::Rollback);
        return result;
    }
    if (const Result<void> committed = control(TransactionStep::Commit); !committed) {
        (void)control(TransactionStep::Rollback);
        return committed;
    }
    return {};
}

Result<void> Database::control(TransactionStep step) const
{
    if (backend() == DatabaseBackend::Sqlite) {
        // Through the statement cache: Qt's own transaction calls compile BEGIN and COMMIT every time.
        static const QString sql[] = {QStringLiteral("BEGIN"), QStringLiteral("COMMIT"), QStringLiteral("ROLLBACK")};
        Statement statement = prepare(sql[int(step)]);
        return exec(statement);
    }
    // PostgreSQL prepares no transaction control; Qt's calls send it as it is.
    QSqlDatabase connection = m_connection;
    const bool done = step == TransactionStep::Begin    ? connection.transaction()
                      : step == TransactionStep::Commit ? connection.commit()
                                                        : connection.rollback();
    return done ? Result<void>() : Result<void>(lastError());
}

void Database::setting(const QString& sql) const
{
    // Only a speed setting: if it cannot be changed, the transaction is simply as durable as before.
    Statement statement = prepare(sql);
    (void)exec(statement);
}

Error Database::lastError(ErrorCode fallback) const
{
    return SqlError::classify(backend(), m_connection.lastError(), fallback);
}

} // namespace Podium::Core
