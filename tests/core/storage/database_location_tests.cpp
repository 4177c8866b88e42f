#include "storage/database_location.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("DatabaseLocation defaults to podium.sqlite in the data folder")
{
    const auto location = DatabaseLocation::parse(QString());
    REQUIRE(location.hasValue());
    CHECK(location->backend() == DatabaseBackend::Sqlite);
    CHECK(location->filePath().endsWith(QStringLiteral("/podium.sqlite")));
}

TEST_CASE("DatabaseLocation reads a plain path and sqlite:// as SQLite files")
{
    CHECK(DatabaseLocation::parse(QStringLiteral("/tmp/a.sqlite"))->filePath() == QStringLiteral("/tmp/a.sqlite"));
    CHECK(DatabaseLocation::parse(QStringLiteral("sqlite:///tmp/b.sqlite"))->filePath() ==
          QStringLiteral("/tmp/b.sqlite"));
}

TEST_CASE("DatabaseLocation reads a full PostgreSQL URL")
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://ann:s%40cret@db.example:6543/team"));
    REQUIRE(location.hasValue());
    CHECK(location->backend() == DatabaseBackend::PostgreSql);
    CHECK(location->userName() == QStringLiteral("ann"));
    CHECK(location->password() == QStringLiteral("s@cret"));
    CHECK(location->host() == QStringLiteral("db.example"));
    CHECK(location->port() == 6543);
    CHECK(location->databaseName() == QStringLiteral("team"));
}

TEST_CASE("DatabaseLocation accepts a unix-socket host percent-encoded or as a parameter")
{
    const auto encoded = DatabaseLocation::parse(QStringLiteral("postgresql://%2Frun%2Fpostgresql/podium"));
    REQUIRE(encoded.hasValue());
    CHECK(encoded->host() == QStringLiteral("/run/postgresql"));
    const auto parameter = DatabaseLocation::parse(QStringLiteral("postgres://me@/podium?host=/tmp/sock"));
    REQUIRE(parameter.hasValue());
    CHECK(parameter->host() == QStringLiteral("/tmp/sock"));
    CHECK(parameter->port() == 5432);
}

TEST_CASE("DatabaseLocation never shows the password")
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://ann:topsecret@db/team"));
    REQUIRE(location.hasValue());
    CHECK_FALSE(location->displayText().contains(QStringLiteral("topsecret")));
    CHECK(location->displayText() == QStringLiteral("postgresql://ann@db:5432/team"));
}

TEST_CASE("DatabaseLocation refuses wrong URLs with database.url-invalid")
{
    for (const char* text : {"mysql://db/podium", "postgresql://db:99999/podium", "postgresql://db:port/podium",
                             "postgresql://db/podium?colour=blue", "postgresql://db/a/b", "http://example.org"}) {
        INFO(text);
        const auto location = DatabaseLocation::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(location.hasValue());
        CHECK(location.error().code == ErrorCode::DatabaseUrlInvalid);
    }
}
