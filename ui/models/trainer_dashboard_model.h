#pragma once

#include "common/result.h"
#include "people/person.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Podium::Core {
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

/// The executives a viewer follows, one row each, with where they are on their live path: every executive
/// for a trainer (their practice sessions and profile checklist beside it), the executives who granted
/// them a delegation for a delegate.
class TrainerDashboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TierColumn,
        NextMilestoneColumn,
        LastActivityColumn,
        SessionsColumn,
        ChecklistColumn,
        InSessionColumn,
        ColumnCount,
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
        /// A value that sorts as people expect: dates by time, counts by number, tiers by progress.
        SortRole,
    };

    TrainerDashboardModel(Core::Workspace& workspace, Core::Person viewer, QObject* parent = nullptr);

    /// Reads the executives and their paths again; on an error the old rows stay.
    Core::Result<void> reload();
    /// True when the rows carry practice figures (sessions, last activity): only a trainer's do.
    bool hasPracticeFigures() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Core::Person executive;
        int tier = 1;
        bool tierComplete = false;
        QString nextMilestoneId;
        int sessionsHeld = 0;
        QDateTime lastActivityAt;
        bool inSession = false;
        int checklistDone = 0;
        int checklistTotal = 0;
    };

    Core::Result<QList<Row>> readRows() const;
    Core::Result<void> addPath(Row& row) const;
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString relativeTime(const QDateTime& at) const;

    Core::Workspace& m_workspace;
    Core::Person m_viewer;
    QTimeZone m_zone;
    QList<Row> m_rows;
};

} // namespace Podium::Ui
