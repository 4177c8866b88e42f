#pragma once

#include "common/result.h"
#include "trainer_roster_row.h"

#include <QList>

#include <memory>

namespace Podium::Core {

class Database;
class PersonRepository;
class TrainerRosterRepository;

/// The data of a trainer's dashboard: every executive of the workspace with their practice sessions, their
/// profile checklist and when they were last active.
class TrainerRoster
{
public:
    explicit TrainerRoster(Database& database);
    ~TrainerRoster();

    /// One row per executive, by name. Only trainers see it (PracticeSessionNotTrainer).
    Result<QList<TrainerRosterRow>> rows(const QString& trainerId) const;

private:
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<TrainerRosterRepository> m_figures;
};

} // namespace Podium::Core
