#include "fake_clock.h"
#include "older_workspace.h"
#include "people/people_service.h"
#include "raw_sqlite.h"
#include "small_file_system.h"
#include "storage/database.h"
#include "storage/person_repository.h"
#include "test_database.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString& url, const Clock& clock, int busyMs = 5000)
{
    const auto location = DatabaseLocation::parse(url);
    if (!location)
        return location.error();
    return Workspace::open(location.value(), clock, busyMs);
}

} // namespace

TEST_CASE("A database path that cannot be created is database.path-unusable")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto underFile =
        Database::open(DatabaseLocation::sqliteFile(blocker.fileName() + QStringLiteral("/p.sqlite")));
    REQUIRE_FALSE(underFile.hasValue());
    CHECK(underFile.error().code == ErrorCode::DatabasePathUnusable);

    const auto aFolder = Database::open(DatabaseLocation::sqliteFile(dir.path()));
    REQUIRE_FALSE(aFolder.hasValue());
    CHECK(aFolder.error().code == ErrorCode::DatabasePathUnusable);
}

TEST_CASE("A file that is not a database is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Quarterly notes, not a database at all.\n").repeated(200));
    file.close();
    const QByteArray before = fileHash(path);

    const auto database = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE_FALSE(database.hasValue());
    CHECK(database.error().code == ErrorCode::DatabaseNotADatabase);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A write while another program holds the lock is database.locked and loses nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("podium.sqlite"));
    FakeClock clock;
    auto workspace = openWorkspace(path, clock, 100);
    REQUIRE(workspace.hasValue());
    REQUIRE(workspace.value()
                ->people()
                .add(QStringLiteral("Ada Okafor"), Role::Executive, QStringLiteral("Europe/Berlin"))
                .hasValue());

    {
        RawSqlite other(path);
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));

        const auto blocked =
            workspace.value()->people().add(QStringLiteral("Ben Ito"), Role::Delegate, QStringLiteral("Asia/Tokyo"));
        REQUIRE_FALSE(blocked.hasValue());
        CHECK(blocked.error().code == ErrorCode::DatabaseLocked);
        other.exec(QStringLiteral("ROLLBACK"));
    }

    const auto people = workspace.value()->people().list();
    REQUIRE(people.hasValue());
    REQUIRE(people->size() == 1);
    CHECK(people->first().displayName == QStringLiteral("Ada Okafor"));
}

TEST_CASE("An older workspace that is locked is not migrated and stays as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("podium.sqlite"));
    {
        REQUIRE(Database::open(DatabaseLocation::sqliteFile(path)).hasValue());
    }
    rollBackLastMigration(path);

    RawSqlite other(path);
    other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    DatabaseOptions options;
    options.busyTimeoutMs = 100;
    const auto opened = Database::open(DatabaseLocation::sqliteFile(path), options);
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().code == ErrorCode::DatabaseLocked);
    other.exec(QStringLiteral("ROLLBACK"));
    CHECK(other.value(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt() == versionBeforeLast());
}

TEST_CASE("A full disk is database.disk-full and keeps every earlier person")
{
    SmallFileSystem disk(512);
    QTemporaryDir fallback;
    const QString path = (disk.isMounted() ? disk.path() : fallback.path()) + QStringLiteral("/podium.sqlite");
    auto database = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(database.hasValue());
    PersonRepository repository(*database.value());
    FakeClock clock;
    PeopleService people(repository, clock);

    if (disk.isMounted()) {
        disk.fillLeaving(48);
    } else {
        // Without root no file system can be mounted; SQLite's page limit produces the same SQLITE_FULL.
        if (qEnvironmentVariableIsSet("CI"))
            FAIL("CI runs as root and must test a real full file system");
        WARN("tmpfs could not be mounted: simulating a full disk with PRAGMA max_page_count");
        QSqlQuery(database.value()->connection()).exec(QStringLiteral("PRAGMA max_page_count = 40"));
    }

    int added = 0;
    Error failure;
    const QString longName = QStringLiteral("Executive %1 ") + QString(180, QLatin1Char('x'));
    for (int i = 0; i < 20000; ++i) {
        const auto person = people.add(longName.arg(i), Role::Executive, QStringLiteral("UTC"));
        if (!person) {
            failure = person.error();
            break;
        }
        ++added;
    }
    INFO("people added before the disk filled: " << added);
    REQUIRE(added > 0);
    CHECK(failure.code == ErrorCode::DatabaseDiskFull);
    const auto listed = people.list();
    REQUIRE(listed.hasValue());
    CHECK(listed->size() == added);
}

TEST_CASE("A full disk while copying an older workspace aside stops the update and changes nothing")
{
    SmallFileSystem disk(1024);
    if (!disk.isMounted()) {
        if (qEnvironmentVariableIsSet("CI"))
            FAIL("CI runs as root and must test a real full file system");
        WARN("tmpfs could not be mounted (needs root): the copy-aside-on-full-disk case runs in CI");
        return;
    }
    const QString path = disk.path() + QStringLiteral("/podium.sqlite");
    {
        REQUIRE(Database::open(DatabaseLocation::sqliteFile(path)).hasValue());
    }
    rollBackLastMigration(path);
    const QByteArray before = fileHash(path);
    disk.fillLeaving(4);

    const auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().code == ErrorCode::DatabaseDiskFull);
    CHECK(fileHash(path) == before);
    CHECK(QDir(disk.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A PostgreSQL address where nothing listens is database.unreachable", "[postgresql]")
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    FakeClock clock;
    const auto workspace = openWorkspace(QStringLiteral("postgresql://podium@127.0.0.1:%1/podium").arg(port), clock);
    REQUIRE_FALSE(workspace.hasValue());
    CHECK(workspace.error().code == ErrorCode::DatabaseUnreachable);
}

TEST_CASE("A PostgreSQL server that never answers times out as database.unreachable", "[postgresql]")
{
    // The kernel completes the TCP handshake for a listening socket even though nobody ever replies.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    FakeClock clock;
    const auto workspace = openWorkspace(
        QStringLiteral("postgresql://podium@127.0.0.1:%1/podium?connect_timeout=1").arg(silent.serverPort()), clock);
    REQUIRE_FALSE(workspace.hasValue());
    CHECK(workspace.error().code == ErrorCode::DatabaseUnreachable);
}

TEST_CASE("A wrong PostgreSQL password is database.credentials-refused", "[postgresql]")
{
    const PostgresServer server = PostgresServer::fromEnvironment();
    FakeClock clock;
    const auto wrong = openWorkspace(QStringLiteral("postgresql://%1:wrong-password@127.0.0.1:%2/postgres")
                                         .arg(server.passwordUser)
                                         .arg(server.port),
                                     clock);
    REQUIRE_FALSE(wrong.hasValue());
    CHECK(wrong.error().code == ErrorCode::DatabaseCredentialsRefused);
    CHECK_FALSE(wrong.error().detail.contains(QStringLiteral("wrong-password")));
}

TEST_CASE("A PostgreSQL database that does not exist is database.missing", "[postgresql]")
{
    const PostgresServer server = PostgresServer::fromEnvironment();
    FakeClock clock;
    const auto missing = openWorkspace(QStringLiteral("postgresql://%1@:%2/no_such_workspace?host=%3")
                                           .arg(server.adminUser)
                                           .arg(server.port)
                                           .arg(server.socketDir),
                                       clock);
    REQUIRE_FALSE(missing.hasValue());
    CHECK(missing.error().code == ErrorCode::DatabaseMissing);
}
