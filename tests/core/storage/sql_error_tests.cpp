#include "storage/sql_error.h"

#include <catch2/catch.hpp>

#include <QSqlError>

using namespace Podium::Core;

TEST_CASE("SqlError maps SQLite result codes, extended ones included")
{
    const auto code = [](const char* native) {
        return SqlError::classify(
                   DatabaseBackend::Sqlite,
                   QSqlError(QString(), QStringLiteral("x"), QSqlError::StatementError, QString::fromLatin1(native)))
            .code;
    };
    CHECK(code("5") == ErrorCode::DatabaseLocked);
    CHECK(code("517") == ErrorCode::DatabaseLocked); // SQLITE_BUSY_SNAPSHOT
    CHECK(code("13") == ErrorCode::DatabaseDiskFull);
    CHECK(code("26") == ErrorCode::DatabaseNotADatabase);
    CHECK(code("8") == ErrorCode::DatabaseReadOnly);
    CHECK(code("19") == ErrorCode::DatabaseQueryFailed);
}

TEST_CASE("SqlError maps PostgreSQL SQLSTATEs and connection messages")
{
    const auto state = [](const char* sqlstate) {
        return SqlError::classify(
                   DatabaseBackend::PostgreSql,
                   QSqlError(QString(), QStringLiteral("x"), QSqlError::StatementError, QString::fromLatin1(sqlstate)))
            .code;
    };
    CHECK(state("53100") == ErrorCode::DatabaseDiskFull);
    CHECK(state("55P03") == ErrorCode::DatabaseLocked);
    CHECK(state("25006") == ErrorCode::DatabaseReadOnly);

    const auto connect = [](const char* message) {
        return SqlError::classifyConnection(
                   DatabaseBackend::PostgreSql,
                   QSqlError(QString::fromLatin1(message), QString(), QSqlError::ConnectionError))
            .code;
    };
    CHECK(connect("FATAL:  password authentication failed for user \"x\"") == ErrorCode::DatabaseCredentialsRefused);
    CHECK(connect("FATAL:  database \"nope\" does not exist") == ErrorCode::DatabaseMissing);
    CHECK(connect("could not connect to server: Connection refused") == ErrorCode::DatabaseUnreachable);
}
