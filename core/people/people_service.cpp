#include "people_service.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/person_repository.h"

#include <QTimeZone>

namespace Podium::Core {

namespace {
constexpr qsizetype maxNameLength = 200;
}

PeopleService::PeopleService(PersonRepository& repository, const Clock& clock)
    : m_repository(repository)
    , m_clock(clock)
{}

Result<Person> PeopleService::add(const QString& displayName, Role role, const QString& timeZone)
{
    const QString name = displayName.simplified();
    if (name.isEmpty())
        return Error{ErrorCode::PersonNameMissing, {}};
    if (name.size() > maxNameLength)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("name longer than %1 characters").arg(maxNameLength)};
    if (!QTimeZone(timeZone.trimmed().toUtf8()).isValid())
        return Error{ErrorCode::TimeZoneUnknown, timeZone};

    const Person person{newId(), name, role, timeZone.trimmed(), m_clock.now()};
    const Result<void> stored = m_repository.add(person);
    if (!stored)
        return stored.error();
    return person;
}

Result<QList<Person>> PeopleService::list() const
{
    return m_repository.list();
}

Result<int> PeopleService::count() const
{
    return m_repository.count();
}

Result<Person> PeopleService::find(const QString& id) const
{
    return m_repository.find(id);
}

} // namespace Podium::Core
