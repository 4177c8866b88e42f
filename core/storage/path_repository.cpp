#include "path_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

namespace {

QDateTime instantFrom(const QVariant& value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

PathRepository::PathRepository(Database& database)
    : m_database(database)
{}

Result<QMap<QString, QDateTime>> PathRepository::achievements(const QString& personId, Track track) const
{
    Statement query = m_database.prepare(QStringLiteral(
        "SELECT milestone_id, achieved_at FROM milestone_progress WHERE person_id = ? AND is_practice = ?"));
    query.addBindValue(personId);
    query.addBindValue(track == Track::Practice ? 1 : 0);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QMap<QString, QDateTime> achieved;
    while (query.next())
        achieved.insert(query.value(0).toString(), instantFrom(query.value(1)));
    return achieved;
}

Result<void> PathRepository::recordAchievement(const QString& personId, const QString& milestoneId, Track track,
                                               const QDateTime& at)
{
    const int practice = track == Track::Practice ? 1 : 0;
    // Written as INSERT … WHERE NOT EXISTS so it reads the same on SQLite and PostgreSQL.
    Statement query = m_database.prepare(QStringLiteral(
        "INSERT INTO milestone_progress (person_id, milestone_id, is_practice, achieved_at) SELECT ?, ?, ?, ? "
        "WHERE NOT EXISTS (SELECT 1 FROM milestone_progress WHERE person_id = ? AND milestone_id = ? AND "
        "is_practice = ?)"));
    for (const QVariant& value :
         {QVariant(personId), QVariant(milestoneId), QVariant(practice), QVariant(at.toMSecsSinceEpoch()),
          QVariant(personId), QVariant(milestoneId), QVariant(practice)})
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<QList<TierUnlock>> PathRepository::unlocks(const QString& personId) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT tier, unlocked_at, unlocked_by FROM tier_unlocks WHERE person_id = ? ORDER BY tier"));
    query.addBindValue(personId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<TierUnlock> unlocks;
    while (query.next())
        unlocks.append(
            TierUnlock{personId, query.value(0).toInt(), instantFrom(query.value(1)), query.value(2).toString()});
    return unlocks;
}

Result<bool> PathRepository::addUnlock(const TierUnlock& unlock)
{
    Statement query = m_database.prepare(
        QStringLiteral("INSERT INTO tier_unlocks (person_id, tier, unlocked_at, unlocked_by) SELECT ?, ?, ?, ? "
                       "WHERE NOT EXISTS (SELECT 1 FROM tier_unlocks WHERE person_id = ? AND tier = ?)"));
    for (const QVariant& value :
         {QVariant(unlock.personId), QVariant(unlock.tier), QVariant(unlock.unlockedAt.toMSecsSinceEpoch()),
          QVariant(unlock.unlockedBy), QVariant(unlock.personId), QVariant(unlock.tier)})
        query.addBindValue(value);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    return query.numRowsAffected() > 0;
}

Result<QString> PathRepository::coachingStyle(const QString& personId) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT coaching_style FROM people WHERE id = ?"));
    query.addBindValue(personId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::PersonNotFound, personId};
    return query.value(0).toString();
}

Result<void> PathRepository::setCoachingStyle(const QString& personId, const QString& style, const QDateTime& at)
{
    Statement query =
        m_database.prepare(QStringLiteral("UPDATE people SET coaching_style = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(style);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(personId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::PersonNotFound, personId};
    return {};
}

} // namespace Podium::Core
