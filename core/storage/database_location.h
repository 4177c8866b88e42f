#pragma once

#include "common/result.h"

#include <QString>

namespace Podium::Core {

enum class DatabaseBackend
{
    Sqlite,
    PostgreSql,
};

/// Where a workspace lives: an SQLite file, or a PostgreSQL database given as a postgresql:// URL.
class DatabaseLocation
{
public:
    /// Accepts an empty string (the default SQLite file), a file path, sqlite:///path, or
    /// postgresql://[user[:password]@][host][:port][/name][?host=/socket/dir&sslmode=…&connect_timeout=…].
    /// A unix-socket host may also be written percent-encoded: postgresql://%2Frun%2Fpostgresql/podium.
    static Result<DatabaseLocation> parse(const QString& text);
    static DatabaseLocation sqliteFile(const QString& path);
    /// podium.sqlite in the user's application data folder.
    static QString defaultSqlitePath();

    DatabaseBackend backend() const { return m_backend; }
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_sslMode; }
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; }

    /// A description safe to show and log: never contains the password.
    QString displayText() const;

private:
    DatabaseBackend m_backend = DatabaseBackend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_password;
    QString m_databaseName;
    QString m_sslMode;
    int m_connectTimeoutSeconds = 10;
};

} // namespace Podium::Core
