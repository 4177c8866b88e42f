#pragma once

#include "common/error.h"
#include "posts/queue_item.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Podium::Core {
class PostQueueRepository;
}

namespace Podium::Ui {

/// The posts of one week (Monday to Sunday in the viewer's zone), for the queue's calendar.
class WeekModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        PostIdRole = Qt::UserRole + 1,
        StateRole,
        /// 0 for Monday to 6 for Sunday.
        DayRole,
        /// "09:00" in the viewer's zone.
        TimeRole,
        AuthorNameRole,
    };

    WeekModel(const Core::PostQueueRepository& queue, QTimeZone viewerZone, QObject* parent = nullptr);

    void setAuthors(const QStringList& authorIds, const QHash<QString, QString>& names);
    /// Shows the week holding `day`.
    void setWeek(QDate day);
    QDate monday() const { return m_monday; }
    void reload();
    /// An inactive model (its calendar is hidden) defers every read until it is active again, so opening
    /// the queue on its list does not also read a week nobody looks at.
    void setActive(bool active);
    std::optional<Core::Error> lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Core::PostQueueRepository& m_queue;
    QTimeZone m_viewerZone;
    QDate m_monday;
    QStringList m_authorIds;
    QHash<QString, QString> m_names;
    QList<Core::QueueItem> m_items;
    std::optional<Core::Error> m_lastError;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace Podium::Ui
