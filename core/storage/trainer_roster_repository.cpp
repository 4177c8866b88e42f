#include "trainer_roster_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

namespace {

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// The later of two instants, either of which may be invalid.
QDateTime later(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

} // namespace

TrainerRosterRepository::TrainerRosterRepository(Database& database)
    : m_database(database)
{}

Result<QHash<QString, TrainerRosterRow>> TrainerRosterRepository::figuresByExecutive() const
{
    // A handful of correlated subqueries, each one index lookup per executive: a trainer's roster is tens of
    // people, and one round trip matters more on a shared PostgreSQL workspace than the plan.
    Statement query = m_database.prepare(QStringLiteral(
        "SELECT p.id, "
        "(SELECT COUNT(*) FROM practice_sessions s WHERE s.executive_id = p.id AND s.state = 'finished'), "
        "(SELECT MAX(s.started_at) FROM practice_sessions s WHERE s.executive_id = p.id AND s.state = 'finished'), "
        "(SELECT s.id FROM practice_sessions s WHERE s.executive_id = p.id AND s.ended_at IS NULL), "
        "(SELECT COUNT(*) FROM profile_checklist_items c WHERE c.executive_id = p.id AND c.ticked_at IS NOT NULL), "
        "(SELECT COUNT(*) FROM profile_checklist_items c WHERE c.executive_id = p.id), "
        "(SELECT MAX(t.updated_at) FROM posts t WHERE t.author_id = p.id), "
        "(SELECT MAX(l.liked_at) FROM practice_likes l WHERE l.person_id = p.id) "
        "FROM people p WHERE p.role = 'executive'"));
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QHash<QString, TrainerRosterRow> rows;
    while (query.next()) {
        TrainerRosterRow row;
        row.sessionsHeld = query.value(1).toInt();
        row.lastSessionAt = instantFrom(query.value(2));
        row.openSessionId = query.value(3).toString();
        row.checklistDone = query.value(4).toInt();
        row.checklistTotal = query.value(5).toInt();
        row.lastActivityAt = later(instantFrom(query.value(6)), instantFrom(query.value(7)));
        rows.insert(query.value(0).toString(), row);
    }
    return rows;
}

} // namespace Podium::Core
