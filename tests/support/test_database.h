#pragma once

#include "storage/database_location.h"

#include <QTemporaryDir>

namespace Podium::Tests {

/// Facts about the PostgreSQL server the test harness started (tests/support/postgres-server.sh).
struct PostgresServer
{
    QString socketDir;
    int port = 0;
    QString adminUser;
    QString passwordUser;
    QString password;

    /// Reads the file named by PODIUM_TEST_PG_ENV; fails the test when it is missing.
    static PostgresServer fromEnvironment();
};

/// A fresh, empty workspace database for one test, on the backend named by PODIUM_TEST_BACKEND
/// (sqlite by default, or postgresql), removed again afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static bool usesPostgreSql();
    Core::DatabaseLocation location() const { return m_location; }
    QString url() const;
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    Core::DatabaseLocation m_location;
    QString m_postgresName;
};

} // namespace Podium::Tests
