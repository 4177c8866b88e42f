#include "trainer_roster.h"

#include "storage/person_repository.h"
#include "storage/trainer_roster_repository.h"

namespace Podium::Core {

TrainerRoster::TrainerRoster(Database& database)
    : m_people(std::make_unique<PersonRepository>(database))
    , m_figures(std::make_unique<TrainerRosterRepository>(database))
{}

TrainerRoster::~TrainerRoster() = default;

Result<QList<TrainerRosterRow>> TrainerRoster::rows(const QString& trainerId) const
{
    const Result<Person> trainer = m_people->find(trainerId);
    if (!trainer)
        return trainer.error();
    if (trainer->role != Role::Trainer)
        return Error{ErrorCode::PracticeSessionNotTrainer, trainerId};
    const Result<QList<Person>> people = m_people->list();
    if (!people)
        return people.error();
    const Result<QHash<QString, TrainerRosterRow>> figures = m_figures->figuresByExecutive();
    if (!figures)
        return figures.error();
    // The people come in name order already.
    QList<TrainerRosterRow> rows;
    for (const Person& person : *people) {
        if (person.role != Role::Executive)
            continue;
        TrainerRosterRow row = figures->value(person.id);
        row.executive = person;
        rows.append(row);
    }
    return rows;
}

} // namespace Podium::Core
