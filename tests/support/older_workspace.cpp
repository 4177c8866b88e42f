#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP TABLE guide_progress"));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(latestSchemaVersion));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
