#include "older_workspace.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    const QString name = QStringLiteral("older-workspace");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE tier_unlocks")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE milestone_progress")));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 7")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Podium::Tests
