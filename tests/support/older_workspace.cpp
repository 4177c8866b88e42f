#include "older_workspace.h"

#include "raw_sqlite.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP INDEX posts_approve_by_idx"));
    db.exec(QStringLiteral("DROP INDEX delegations_executive_idx"));
    for (const char* column : {"submitted_title", "submitted_body", "review_comment"})
        db.exec(QStringLiteral("ALTER TABLE posts DROP COLUMN ") + QLatin1String(column));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 10"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Podium::Tests
