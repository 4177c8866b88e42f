#include "path_definition_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

PathDefinitionRepository::PathDefinitionRepository(Database& database)
    : m_database(database)
{}

Result<std::optional<QByteArray>> PathDefinitionRepository::document() const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT document FROM path_definition WHERE slot = 1"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toString().toUtf8());
}

Result<void> PathDefinitionRepository::store(const QByteArray& document, const QString& loadedBy, const QDateTime& at)
{
    if (const Result<void> cleared = clear(); !cleared)
        return cleared;
    Statement query = m_database.prepare(
        QStringLiteral("INSERT INTO path_definition (slot, document, loaded_by, loaded_at) VALUES (1, ?, ?, ?)"));
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(loadedBy);
    query.addBindValue(at.toMSecsSinceEpoch());
    return m_database.exec(query);
}

Result<void> PathDefinitionRepository::clear()
{
    Statement query = m_database.prepare(QStringLiteral("DELETE FROM path_definition"));
    return m_database.exec(query);
}

} // namespace Podium::Core
