#include "storage/database.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace Podium::Core;
using Podium::Tests::TestDatabase;

namespace {

const QString selectNames = QStringLiteral("SELECT display_name FROM people WHERE role = ? ORDER BY display_name");

QStringList names(Database& database, const QString& role)
{
    Statement query = database.prepare(selectNames);
    query.addBindValue(role);
    REQUIRE(database.exec(query).hasValue());
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

void addPerson(Database& database, const QString& id, const QString& name, const QString& role)
{
    Statement insert = database.prepare(QStringLiteral("INSERT INTO people (id, display_name, role, time_zone, "
                                                       "created_at, updated_at) VALUES (?, ?, ?, 'UTC', 0, 0)"));
    for (const QString& value : {id, name, role})
        insert.addBindValue(value);
    REQUIRE(database.exec(insert).hasValue());
}

} // namespace

TEST_CASE("A reused statement binds afresh and a nested one with the same SQL stays independent", "[db]")
{
    TestDatabase test;
    auto opened = Database::open(test.location());
    REQUIRE(opened.hasValue());
    Database& database = **opened;
    addPerson(database, QStringLiteral("a"), QStringLiteral("Ana"), QStringLiteral("executive"));
    addPerson(database, QStringLiteral("b"), QStringLiteral("Ben"), QStringLiteral("executive"));
    addPerson(database, QStringLiteral("c"), QStringLiteral("Cleo"), QStringLiteral("trainer"));

    CHECK(names(database, QStringLiteral("executive")) == QStringList{QStringLiteral("Ana"), QStringLiteral("Ben")});
    // The same statement again, now from the cache: the new value replaces the old binding.
    CHECK(names(database, QStringLiteral("trainer")) == QStringList{QStringLiteral("Cleo")});

    // Half-way through one SELECT, the same SQL runs again without disturbing the first.
    Statement outer = database.prepare(selectNames);
    outer.addBindValue(QStringLiteral("executive"));
    REQUIRE(database.exec(outer).hasValue());
    REQUIRE(outer.next());
    CHECK(outer.value(0).toString() == QStringLiteral("Ana"));
    CHECK(names(database, QStringLiteral("trainer")) == QStringList{QStringLiteral("Cleo")});
    REQUIRE(outer.next());
    CHECK(outer.value(0).toString() == QStringLiteral("Ben"));
}

TEST_CASE("A statement given back half-read holds no lock against a later write", "[db]")
{
    TestDatabase test;
    auto opened = Database::open(test.location());
    REQUIRE(opened.hasValue());
    Database& database = **opened;
    addPerson(database, QStringLiteral("a"), QStringLiteral("Ana"), QStringLiteral("executive"));
    addPerson(database, QStringLiteral("b"), QStringLiteral("Ben"), QStringLiteral("executive"));
    // DDL runs unprepared: PostgreSQL prepares only queries and data changes.
    QSqlQuery ddl(database.connection());
    REQUIRE(ddl.exec(QStringLiteral("CREATE TABLE scratch (x INTEGER)")));
    {
        Statement query = database.prepare(selectNames);
        query.addBindValue(QStringLiteral("executive"));
        REQUIRE(database.exec(query).hasValue());
        REQUIRE(query.next()); // one row of two read, then given back
    }
    // SQLite drops a table only when no statement of the connection is still reading.
    CHECK(ddl.exec(QStringLiteral("DROP TABLE scratch")));
    CHECK(names(database, QStringLiteral("executive")).size() == 2);
}
