#include "week_model.h"

#include "post_text.h"
#include "storage/post_queue_repository.h"

#include <QLocale>

namespace Podium::Ui {

WeekModel::WeekModel(const Core::PostQueueRepository& queue, QTimeZone viewerZone, QObject* parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
    , m_viewerZone(std::move(viewerZone))
{}

void WeekModel::setAuthors(const QStringList& authorIds, const QHash<QString, QString>& names)
{
    m_authorIds = authorIds;
    m_names = names;
    reload();
}

void WeekModel::setWeek(QDate day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

void WeekModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void WeekModel::reload()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_items.clear();
    if (m_monday.isValid()) {
        // Local midnights, so a week across a DST change still starts and ends at 00:00 on the wall.
        const QDateTime from(m_monday, QTime(0, 0), m_viewerZone);
        const QDateTime to(m_monday.addDays(7), QTime(0, 0), m_viewerZone);
        const auto week = m_queue.between(from.toUTC(), to.toUTC(), m_authorIds);
        if (week) {
            m_items = week.value();
            m_lastError.reset();
        } else {
            m_lastError = week.error();
        }
    }
    endResetModel();
}

int WeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant WeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::QueueItem& item = m_items.at(index.row());
    const QDateTime local = item.when.toTimeZone(m_viewerZone);
    switch (role) {
    case Qt::DisplayRole:
        return item.kind == Core::PostKind::Article && !item.title.isEmpty() ? item.title : item.excerpt.simplified();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3")
            .arg(m_names.value(item.authorId), PostText::state(item.state), item.excerpt);
    case PostIdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case DayRole:
        return int(m_monday.daysTo(local.date()));
    case TimeRole:
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    case AuthorNameRole:
        return m_names.value(item.authorId, item.authorId);
    default:
        return {};
    }
}

} // namespace Podium::Ui
