#include "guide_progress_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

GuideProgressRepository::GuideProgressRepository(Database& database)
    : m_database(database)
{}

Result<void> GuideProgressRepository::setTicked(const QString& personId, const QString& guideId, GuideItem item,
                                                bool ticked, const QDateTime& now)
{
    // Written as "insert unless present" rather than an upsert so SQLite and PostgreSQL share one statement.
    Statement query = m_database.prepare(
        ticked ? QStringLiteral("INSERT INTO guide_progress (person_id, guide_id, step_index, item_index, ticked_at) "
                                "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM guide_progress WHERE "
                                "person_id = ? AND guide_id = ? AND step_index = ? AND item_index = ?)")
               : QStringLiteral("DELETE FROM guide_progress WHERE person_id = ? AND guide_id = ? AND step_index = ? "
                                "AND item_index = ?"));
    const QList<QVariant> key{QVariant(personId), QVariant(guideId), QVariant(item.step), QVariant(item.item)};
    for (const QVariant& value : key)
        query.addBindValue(value);
    if (ticked) {
        query.addBindValue(now.toMSecsSinceEpoch());
        for (const QVariant& value : key)
            query.addBindValue(value);
    }
    return m_database.exec(query);
}

Result<QSet<GuideItem>> GuideProgressRepository::ticked(const QString& personId, const QString& guideId) const
{
    Statement query = m_database.prepare(
        QStringLiteral("SELECT step_index, item_index FROM guide_progress WHERE person_id = ? AND guide_id = ?"));
    query.addBindValue(personId);
    query.addBindValue(guideId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QSet<GuideItem> items;
    while (query.next())
        items.insert(GuideItem{query.value(0).toInt(), query.value(1).toInt()});
    return items;
}

} // namespace Podium::Core
