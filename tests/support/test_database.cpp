#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Podium::Tests {

namespace {

QString socketUrl(const QString& user, int port, const QString& database, const QString& socketDir)
{
    return QStringLiteral("postgresql://%1@:%2/%3?host=%4").arg(user).arg(port).arg(database, socketDir);
}

QString adminConnection(const PostgresServer& server)
{
    const QString name = QStringLiteral("podium-test-admin");
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.socketDir);
        db.setPort(server.port);
        db.setUserName(server.adminUser);
        db.setDatabaseName(QStringLiteral("postgres"));
    }
    QSqlDatabase db = QSqlDatabase::database(name);
    if (!db.isOpen())
        FAIL("cannot reach the test PostgreSQL server: " << db.lastError().text().toStdString());
    return name;
}

} // namespace

PostgresServer PostgresServer::fromEnvironment()
{
    const QString path = qEnvironmentVariable("PODIUM_TEST_PG_ENV", QStringLiteral(PODIUM_TEST_PG_ENV_DEFAULT));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        FAIL("PODIUM_TEST_PG_ENV must name the env file written by tests/support/postgres-server.sh (got '"
             << path.toStdString() << "')");
    PostgresServer server;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        if (key == QLatin1String("PG_SOCKET_DIR"))
            server.socketDir = value;
        else if (key == QLatin1String("PG_PORT"))
            server.port = value.toInt();
        else if (key == QLatin1String("PG_ADMIN_USER"))
            server.adminUser = value;
        else if (key == QLatin1String("PG_PASSWORD_USER"))
            server.passwordUser = value;
        else if (key == QLatin1String("PG_PASSWORD"))
            server.password = value;
    }
    return server;
}

bool TestDatabase::usesPostgreSql()
{
    return qEnvironmentVariable("PODIUM_TEST_BACKEND") == QLatin1String("postgresql");
}

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    if (!usesPostgreSql()) {
        m_location = Core::DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("podium.sqlite")));
        return;
    }
    const PostgresServer server = PostgresServer::fromEnvironment();
    m_postgresName = QStringLiteral("podium_t_") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery create(QSqlDatabase::database(adminConnection(server)));
    if (!create.exec(QStringLiteral("CREATE DATABASE ") + m_postgresName))
        FAIL("CREATE DATABASE failed: " << create.lastError().text().toStdString());
    auto parsed =
        Core::DatabaseLocation::parse(socketUrl(server.adminUser, server.port, m_postgresName, server.socketDir));
    REQUIRE(parsed.hasValue());
    m_location = parsed.value();
}

TestDatabase::~TestDatabase()
{
    if (m_postgresName.isEmpty())
        return;
    QSqlQuery drop(QSqlDatabase::database(QStringLiteral("podium-test-admin")));
    drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName));
}

QString TestDatabase::url() const
{
    if (m_location.backend() == Core::DatabaseBackend::Sqlite)
        return m_location.filePath();
    return socketUrl(m_location.userName(), m_location.port(), m_location.databaseName(), m_location.host());
}

} // namespace Podium::Tests
