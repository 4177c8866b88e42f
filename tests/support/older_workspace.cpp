#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP INDEX posts_hand_off_idx"));
    db.exec(QStringLiteral("ALTER TABLE posts DROP COLUMN hand_off"));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 9"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
