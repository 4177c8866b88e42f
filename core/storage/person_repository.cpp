#include "person_repository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, display_name, role, time_zone, created_at FROM people");

Person personFrom(const Statement& query)
{
    return Person{query.value(0).toString(), query.value(1).toString(),
                  roleFromName(query.value(2).toString()).value_or(Role::Executive), query.value(3).toString(),
                  QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)};
}

} // namespace

PersonRepository::PersonRepository(Database& database)
    : m_database(database)
{}

Result<void> PersonRepository::add(const Person& person)
{
    Statement query = m_database.prepare(QStringLiteral(
        "INSERT INTO people (id, display_name, role, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 created = person.createdAt.toMSecsSinceEpoch();
    for (const QVariant& value : {QVariant(person.id), QVariant(person.displayName), QVariant(roleName(person.role)),
                                  QVariant(person.timeZone), QVariant(created), QVariant(created)})
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<QList<Person>> PersonRepository::list() const
{
    Statement query = m_database.prepare(selectColumns + QStringLiteral(" ORDER BY display_name, id"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Result<Person> PersonRepository::find(const QString& id) const
{
    Statement query = m_database.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::PersonNotFound, id};
    return personFrom(query);
}

Result<int> PersonRepository::count() const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT count(*) FROM people"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    query.next();
    return query.value(0).toInt();
}

} // namespace Podium::Core
