#include "fake_clock.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Podium::Core;
using Podium::Tests::TestDatabase;

TEST_CASE("Database creates a new workspace with every migration recorded", "[db]")
{
    TestDatabase test;
    auto database = Database::open(test.location());
    REQUIRE(database.hasValue());
    const int latest = Migration::builtIn().last().version;
    CHECK(database.value()->schemaVersion() == latest);

    QSqlQuery query(database.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), MAX(version) FROM schema_migrations")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Migration::builtIn().size());
    CHECK(query.value(1).toInt() == latest);
    for (const char* table : {"workspace", "people", "network_accounts", "posts", "delegations", "audit_events",
                              "milestone_progress", "tier_unlocks"})
        CHECK(database.value()->connection().tables().contains(QString::fromLatin1(table)));
}

TEST_CASE("Database opens an up-to-date workspace again without changing it", "[db]")
{
    TestDatabase test;
    {
        REQUIRE(Database::open(test.location()).hasValue());
    }
    auto again = Database::open(test.location());
    REQUIRE(again.hasValue());
    CHECK(again.value()->backupPath().isEmpty());
    QSqlQuery query(again.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Migration::builtIn().size());
}

TEST_CASE("Database refuses a workspace made by a newer Podium and leaves it alone", "[db]")
{
    TestDatabase test;
    {
        auto database = Database::open(test.location());
        REQUIRE(database.hasValue());
        QSqlQuery query(database.value()->connection());
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)")));
    }
    auto newer = Database::open(test.location());
    REQUIRE_FALSE(newer.hasValue());
    CHECK(newer.error().code == ErrorCode::DatabaseSchemaTooNew);
}

TEST_CASE("Database keeps SQLite in WAL mode with foreign keys enforced")
{
    TestDatabase test;
    auto database = Database::open(test.location());
    REQUIRE(database.hasValue());
    QSqlQuery query(database.value()->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("Database rejects a post whose author does not exist", "[db]")
{
    TestDatabase test;
    auto database = Database::open(test.location());
    REQUIRE(database.hasValue());
    Statement insert =
        database.value()->prepare(QStringLiteral("INSERT INTO posts (id, author_id, platform, kind, state, created_at, "
                                                 "updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"));
    for (const char* value : {"p1", "nobody", "practice", "status", "draft"})
        insert.addBindValue(QString::fromLatin1(value));
    const auto result = database.value()->exec(insert);
    CHECK_FALSE(result.hasValue());
}
