#include "older_workspace.h"

#include "raw_sqlite.h"
#include "storage/migration.h"

namespace Podium::Tests {

void rollBackLastMigration(const QString& path)
{
    RawSqlite db(path);
    db.exec(QStringLiteral("DROP TABLE path_definition"));
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
