#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP INDEX audit_events_sequence_idx"));
    db.exec(QStringLiteral("ALTER TABLE audit_events DROP COLUMN sequence"));
    for (const char* table : {"practice_follows", "practice_likes", "practice_posts", "practice_colleagues"})
        db.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table));
    db.exec(QStringLiteral("DROP INDEX posts_retry_idx"));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 8"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
