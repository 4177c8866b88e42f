#include "profile_checklist_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

namespace {

const QString columns =
    QStringLiteral("id, executive_id, position, body, created_by, created_at, ticked_at, ticked_by");

QVariant instant(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

ProfileChecklistItem itemFrom(const Statement& query)
{
    return ProfileChecklistItem{query.value(0).toString(),   query.value(1).toString(), query.value(2).toInt(),
                                query.value(3).toString(),   query.value(4).toString(), instantFrom(query.value(5)),
                                instantFrom(query.value(6)), query.value(7).toString()};
}

} // namespace

ProfileChecklistRepository::ProfileChecklistRepository(Database& database)
    : m_database(database)
{}

Result<ProfileChecklistItem> ProfileChecklistRepository::append(const ProfileChecklistItem& item)
{
    Statement last = m_database.prepare(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM profile_checklist_items WHERE executive_id = ?"));
    last.addBindValue(item.executiveId);
    if (const Result<void> run = m_database.exec(last); !run)
        return run.error();
    ProfileChecklistItem stored = item;
    stored.position = last.next() ? last.value(0).toInt() + 1 : 1;
    last.finish();
    Statement insert = m_database.prepare(QStringLiteral("INSERT INTO profile_checklist_items (") + columns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(stored.id), QVariant(stored.executiveId), QVariant(stored.position),
                                  QVariant(stored.text), textOrNull(stored.createdBy), instant(stored.createdAt),
                                  instant(stored.tickedAt), textOrNull(stored.tickedBy)})
        insert.addBindValue(value);
    if (const Result<void> run = m_database.exec(insert); !run)
        return run.error();
    return stored;
}

Result<ProfileChecklistItem> ProfileChecklistRepository::find(const QString& id) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT ") + columns +
                                         QStringLiteral(" FROM profile_checklist_items WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    if (!query.next())
        return Error{ErrorCode::PracticeChecklistItemNotFound, id};
    return itemFrom(query);
}

Result<QList<ProfileChecklistItem>> ProfileChecklistRepository::forExecutive(const QString& executiveId) const
{
    Statement query =
        m_database.prepare(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM profile_checklist_items WHERE executive_id = ? ORDER BY position"));
    query.addBindValue(executiveId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<ProfileChecklistItem> items;
    while (query.next())
        items.append(itemFrom(query));
    return items;
}

Result<void> ProfileChecklistRepository::setTicked(const QString& id, const QDateTime& at, const QString& byId)
{
    Statement update = m_database.prepare(
        QStringLiteral("UPDATE profile_checklist_items SET ticked_at = ?, ticked_by = ? WHERE id = ?"));
    for (const QVariant& value : {instant(at), at.isValid() ? textOrNull(byId) : textOrNull({}), QVariant(id)})
        update.addBindValue(value);
    if (const Result<void> run = m_database.exec(update); !run)
        return run;
    if (update.numRowsAffected() != 1)
        return Error{ErrorCode::PracticeChecklistItemNotFound, id};
    return {};
}

Result<void> ProfileChecklistRepository::remove(const QString& id)
{
    Statement remove = m_database.prepare(QStringLiteral("DELETE FROM profile_checklist_items WHERE id = ?"));
    remove.addBindValue(id);
    if (const Result<void> run = m_database.exec(remove); !run)
        return run;
    if (remove.numRowsAffected() != 1)
        return Error{ErrorCode::PracticeChecklistItemNotFound, id};
    return {};
}

} // namespace Podium::Core
