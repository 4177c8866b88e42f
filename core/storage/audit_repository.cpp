#include "audit_repository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Podium::Core {

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

AuditEvent eventFrom(const Statement& query)
{
    return AuditEvent{query.value(0).toString(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toString(), query.value(7).toString()};
}

} // namespace

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{}

Result<void> AuditRepository::append(const AuditEvent& event)
{
    Statement query = m_database.prepare(
        QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor_id, acting_for_id, action, subject_type, "
                       "subject_id, detail, sequence) SELECT ?, ?, ?, ?, ?, ?, ?, ?, "
                       "COALESCE(MAX(sequence), 0) + 1 FROM audit_events"));
    for (const QVariant& value : {QVariant(event.id), QVariant(event.occurredAt.toMSecsSinceEpoch()),
                                  textOrNull(event.actorId), textOrNull(event.actingForId), QVariant(event.action),
                                  QVariant(event.subjectType), QVariant(event.subjectId), textOrNull(event.detail)})
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<QList<AuditEvent>> AuditRepository::forSubject(const QString& subjectType, const QString& subjectId) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT id, occurred_at, actor_id, acting_for_id, action, subject_type, subject_id, detail "
                       "FROM audit_events WHERE subject_type = ? AND subject_id = ? ORDER BY sequence"));
    query.addBindValue(subjectType);
    query.addBindValue(subjectId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<void> AuditRepository::each(const QDateTime& since, const std::function<void(const AuditEvent&)>& visit) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT id, occurred_at, actor_id, acting_for_id, action, subject_type, subject_id, detail "
                       "FROM audit_events WHERE occurred_at >= ? ORDER BY sequence"));
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    while (query.next())
        visit(eventFrom(query));
    return {};
}

} // namespace Podium::Core
