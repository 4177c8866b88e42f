#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP INDEX posts_queue_idx"));
    db.exec(QStringLiteral("DROP INDEX posts_author_queue_idx"));
    db.exec(QStringLiteral("CREATE INDEX posts_author_state_idx ON posts (author_id, state, scheduled_at)"));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 11"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
