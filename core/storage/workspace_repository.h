#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

class Clock;
class Database;

/// The workspace's own record: its id and name.
struct WorkspaceRecord
{
    QString id;
    QString name;
    QDateTime createdAt;
};

/// Reads the workspace record, creating it the first time a database is opened.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(Database& database);

    Result<WorkspaceRecord> ensure(const Clock& clock);

private:
    Result<WorkspaceRecord> read() const;

    Database& m_database;
};

} // namespace Podium::Core
