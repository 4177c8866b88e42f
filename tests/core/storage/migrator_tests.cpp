#include "older_workspace.h"
#include "raw_sqlite.h"
#include "storage/database.h"
#include "storage/migration.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Podium::Core;
using Podium::Tests::RawSqlite;
using Podium::Tests::rollBackLastMigration;
using Podium::Tests::versionBeforeLast;

TEST_CASE("Migration splits a file into statements and drops comments")
{
    const QStringList statements = Migration::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (\n  x TEXT\n);\n\nCREATE INDEX a_x ON a (x);\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE a (\n  x TEXT\n)"));
    CHECK(statements.at(1) == QStringLiteral("CREATE INDEX a_x ON a (x)"));
}

TEST_CASE("Migration files are numbered from 1 without gaps")
{
    const QList<Migration> migrations = Migration::builtIn();
    REQUIRE(migrations.size() >= 7);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        CHECK(migrations.at(i).version == i + 1);
        CHECK_FALSE(migrations.at(i).statements.isEmpty());
    }
}

TEST_CASE("Migrator copies an older SQLite workspace aside before updating it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("podium.sqlite"));
    {
        REQUIRE(Database::open(DatabaseLocation::sqliteFile(path)).hasValue());
    }
    rollBackLastMigration(path);
    RawSqlite(path).exec(QStringLiteral("INSERT INTO workspace (id, name, created_at) VALUES ('w', 'Kept', 1)"));

    auto updated = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(updated.hasValue());
    CHECK(updated.value()->schemaVersion() == Migration::builtIn().last().version);
    const QString backup = updated.value()->backupPath();
    REQUIRE(backup == path + QStringLiteral(".schema%1.bak").arg(versionBeforeLast()));
    REQUIRE(QFile::exists(backup));

    RawSqlite copy(backup);
    CHECK(copy.value(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt() == versionBeforeLast());
    CHECK(copy.value(QStringLiteral("SELECT name FROM workspace")).toString() == QStringLiteral("Kept"));
}
