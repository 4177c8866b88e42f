#pragma once

#include "common/result.h"
#include "practice/trainer_roster_row.h"

#include <QHash>

namespace Podium::Core {

class Database;

/// Reads, in one query, the figures a trainer's dashboard shows for every executive.
class TrainerRosterRepository
{
public:
    explicit TrainerRosterRepository(Database& database);

    /// A row per executive id, with everything but the person filled in.
    Result<QHash<QString, TrainerRosterRow>> figuresByExecutive() const;

private:
    Database& m_database;
};

} // namespace Podium::Core
