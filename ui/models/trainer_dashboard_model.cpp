#include "trainer_dashboard_model.h"

#include "common/clock.h"
#include "delegation/access_policy.h"
#include "path/path_service.h"
#include "path_text.h"
#include "people/people_service.h"
#include "practice/trainer_roster.h"
#include "workspace/workspace.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Podium::Ui {

TrainerDashboardModel::TrainerDashboardModel(Core::Workspace& workspace, Core::Person viewer, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_viewer(std::move(viewer))
    , m_zone(m_viewer.timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    // An error here leaves the table empty; the page reloads and reports it.
    (void)reload();
}

bool TrainerDashboardModel::hasPracticeFigures() const
{
    return m_viewer.role == Core::Role::Trainer;
}

Core::Result<void> TrainerDashboardModel::reload()
{
    Core::Result<QList<Row>> rows = readRows();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows.value());
    endResetModel();
    return {};
}

Core::Result<QList<TrainerDashboardModel::Row>> TrainerDashboardModel::readRows() const
{
    QList<Row> rows;
    if (m_viewer.role == Core::Role::Trainer) {
        const auto roster = m_workspace.trainerRoster().rows(m_viewer.id);
        if (!roster)
            return roster.error();
        for (const Core::TrainerRosterRow& figures : *roster) {
            Row row;
            row.executive = figures.executive;
            row.sessionsHeld = figures.sessionsHeld;
            // A session held is activity too, even one where nothing was posted.
            row.lastActivityAt = figures.lastActivityAt;
            if (figures.lastSessionAt.isValid() &&
                (!row.lastActivityAt.isValid() || figures.lastSessionAt > row.lastActivityAt))
                row.lastActivityAt = figures.lastSessionAt;
            row.inSession = !figures.openSessionId.isEmpty();
            row.checklistDone = figures.checklistDone;
            row.checklistTotal = figures.checklistTotal;
            rows.append(row);
        }
    } else {
        const auto authors = m_workspace.access().readableAuthors(m_viewer.id);
        if (!authors)
            return authors.error();
        for (const QString& id : *authors) {
            if (id == m_viewer.id)
                continue;
            const auto person = m_workspace.people().find(id);
            if (!person)
                return person.error();
            Row row;
            row.executive = *person;
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return a.executive.displayName.localeAwareCompare(b.executive.displayName) < 0;
        });
    }
    for (Row& row : rows)
        if (const Core::Result<void> joined = addPath(row); !joined)
            return joined.error();
    return rows;
}

Core::Result<void> TrainerDashboardModel::addPath(Row& row) const
{
    // Live only: practice is rehearsal, and a dashboard that mixed the two would overstate the real habit.
    const auto progress = m_workspace.path().progress(row.executive.id, Core::Track::Live);
    if (!progress)
        return progress.error();
    row.tier = progress->currentTier;
    for (const Core::TierProgress& tier : progress->tiers)
        if (tier.tier == row.tier)
            row.tierComplete = tier.complete;
    row.nextMilestoneId = progress->nextMilestoneId;
    // Without a checklist the trainer prepared, the path's own profile items say how far the profile is.
    if (row.checklistTotal == 0)
        for (const Core::MilestoneProgress& milestone : progress->milestones)
            if (!milestone.targets.isEmpty() && milestone.targets.first().kind == Core::ActivityKind::ProfileItem) {
                row.checklistDone = milestone.targets.first().done;
                row.checklistTotal = milestone.targets.first().needed;
            }
    return {};
}

int TrainerDashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainerDashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainerDashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case PersonIdRole:
        return row.executive.id;
    case SortRole:
        return sortValue(row, index.column());
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastActivityColumn && row.lastActivityAt.isValid())
            return QLocale().toString(row.lastActivityAt.toTimeZone(m_zone), QLocale::LongFormat);
        if (index.column() == InSessionColumn && row.inSession)
            return tr("A practice session with %1 is open now: nothing of theirs goes to the live network.")
                .arg(row.executive.displayName);
        return display(row, index.column());
    case Qt::FontRole:
        if (index.column() == NameColumn || (index.column() == InSessionColumn && row.inSession)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == InSessionColumn && row.inSession)
            return QColor(0x1e, 0x7b, 0x4a);
        return {};
    default:
        return {};
    }
}

QVariant TrainerDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Executive");
    case TierColumn:
        return tr("Tier");
    case NextMilestoneColumn:
        return tr("Next milestone");
    case LastActivityColumn:
        return tr("Last activity");
    case SessionsColumn:
        return tr("Sessions");
    case ChecklistColumn:
        return tr("Profile");
    case InSessionColumn:
        return tr("Now");
    default:
        return {};
    }
}

QVariant TrainerDashboardModel::display(const Row& row, int column) const
{
    const Core::PathDefinition& definition = m_workspace.path().definition();
    switch (column) {
    case NameColumn:
        return row.executive.displayName;
    case TierColumn:
        for (const Core::PathTier& tier : definition.tiers())
            if (tier.number == row.tier)
                return tr("%1 · %2").arg(QLocale().toString(row.tier), PathText::tierTitle(tier));
        return QLocale().toString(row.tier);
    case NextMilestoneColumn:
        // Empty only once every milestone of the open tiers is met, and then the last tier is open too.
        if (row.nextMilestoneId.isEmpty())
            return tr("Path complete");
        return PathText::milestoneTitle(definition, row.nextMilestoneId);
    case LastActivityColumn:
        return row.lastActivityAt.isValid() ? relativeTime(row.lastActivityAt) : tr("Not yet");
    case SessionsColumn:
        return QLocale().toString(row.sessionsHeld);
    case ChecklistColumn:
        if (row.checklistTotal == 0)
            return tr("None");
        return tr("%1 of %2").arg(QLocale().toString(row.checklistDone), QLocale().toString(row.checklistTotal));
    case InSessionColumn:
        return row.inSession ? tr("● In session") : QString();
    default:
        return {};
    }
}

QVariant TrainerDashboardModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.executive.displayName;
    case TierColumn:
        // Within a tier, those who completed it are further along.
        return row.tier * 2 + (row.tierComplete ? 1 : 0);
    case NextMilestoneColumn: {
        const QList<Core::Milestone>& milestones = m_workspace.path().definition().milestones();
        for (qsizetype i = 0; i < milestones.size(); ++i)
            if (milestones.at(i).id == row.nextMilestoneId)
                return int(i);
        return int(milestones.size());
    }
    case LastActivityColumn:
        return row.lastActivityAt.isValid() ? row.lastActivityAt.toMSecsSinceEpoch() : qint64(0);
    case SessionsColumn:
        return row.sessionsHeld;
    case ChecklistColumn:
        return row.checklistTotal == 0 ? -1.0 : double(row.checklistDone) / double(row.checklistTotal);
    case InSessionColumn:
        return row.inSession ? 1 : 0;
    default:
        return {};
    }
}

QString TrainerDashboardModel::relativeTime(const QDateTime& at) const
{
    const QDateTime now = m_workspace.clock().now().toTimeZone(m_zone);
    const QDateTime local = at.toTimeZone(m_zone);
    const qint64 seconds = local.secsTo(now);
    const QLocale locale;
    if (seconds >= 0 && seconds < 60)
        return tr("Just now");
    if (seconds >= 0 && seconds < 120)
        return tr("A minute ago");
    if (seconds >= 0 && seconds < 3600)
        return tr("%n minutes ago", nullptr, int(seconds / 60));
    const qint64 days = local.date().daysTo(now.date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 0)
        return tr("Today, %1").arg(time);
    if (days == 1)
        return tr("Yesterday, %1").arg(time);
    if (days > 1 && days < 7)
        return tr("%n days ago", nullptr, int(days));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace Podium::Ui
