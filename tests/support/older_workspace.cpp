#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP INDEX activities_person_time_idx"));
    db.exec(QStringLiteral("DROP TABLE activities"));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 12"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
