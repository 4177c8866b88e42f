#include "older_workspace.h"

#include "raw_sqlite.h"
#include "storage/migration.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    for (const char* table : {"practice_session_follow_ups", "practice_session_notes", "practice_session_plan_items",
                              "practice_sessions", "profile_checklist_items"})
        db.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table));
    db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1")
                .arg(Core::Migration::builtIn().last().version));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

int versionBeforeLast()
{
    const QList<Core::Migration> migrations = Core::Migration::builtIn();
    return migrations.at(migrations.size() - 2).version;
}

} // namespace Podium::Tests
