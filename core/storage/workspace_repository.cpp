#include "workspace_repository.h"

#include "common/clock.h"
#include "common/ids.h"
#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

WorkspaceRepository::WorkspaceRepository(Database& database)
    : m_database(database)
{}

Result<WorkspaceRecord> WorkspaceRepository::read() const
{
    Statement query =
        m_database.prepare(QStringLiteral("SELECT id, name, created_at FROM workspace ORDER BY created_at"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, QStringLiteral("workspace")};
    return WorkspaceRecord{query.value(0).toString(), query.value(1).toString(),
                           QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)};
}

Result<WorkspaceRecord> WorkspaceRepository::ensure(const Clock& clock)
{
    Result<WorkspaceRecord> existing = read();
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;

    const WorkspaceRecord record{newId(), QStringLiteral("Podium"), clock.now()};
    Statement insert =
        m_database.prepare(QStringLiteral("INSERT INTO workspace (id, name, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(record.id);
    insert.addBindValue(record.name);
    insert.addBindValue(record.createdAt.toMSecsSinceEpoch());
    if (const Result<void> run = m_database.exec(insert); !run)
        return run.error();
    // Two processes may create the record at once on a shared workspace; the oldest one wins for both.
    return read();
}

} // namespace Podium::Core
