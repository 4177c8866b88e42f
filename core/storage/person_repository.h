#pragma once

#include "common/result.h"
#include "people/person.h"

#include <QList>

namespace Podium::Core {

class Database;

/// Stores and reads people.
class PersonRepository
{
public:
    explicit PersonRepository(Database& database);

    Result<void> add(const Person& person);
    Result<QList<Person>> list() const;
    Result<Person> find(const QString& id) const;
    Result<int> count() const;

private:
    Database& m_database;
};

} // namespace Podium::Core
