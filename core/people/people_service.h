#pragma once

#include "common/result.h"
#include "person.h"

#include <QList>

namespace Podium::Core {

class Clock;
class PersonRepository;

/// Adds and looks up people, checking what a person typed before anything is stored.
class PeopleService
{
public:
    PeopleService(PersonRepository& repository, const Clock& clock);

    Result<Person> add(const QString& displayName, Role role, const QString& timeZone);
    Result<QList<Person>> list() const;
    Result<int> count() const;
    Result<Person> find(const QString& id) const;

private:
    PersonRepository& m_repository;
    const Clock& m_clock;
};

} // namespace Podium::Core
