#include "practice_plan_model.h"

#include "guides/guide_library.h"
#include "path/path_definition.h"
#include "path_text.h"
#include "practice/practice_session.h"

#include <QFont>

namespace Podium::Ui {

namespace {

// Top-level rows carry this internal id; a child carries its parent's row plus one.
constexpr quintptr topLevel = 0;

PracticePlanModel::Entry milestoneEntry(const Core::PathDefinition& path, const QString& id)
{
    PracticePlanModel::Entry entry;
    entry.item.kind = Core::PracticePlanItem::Kind::Milestone;
    entry.item.itemId = id;
    const Core::Milestone* milestone = path.milestone(id);
    entry.title = PathText::milestoneTitle(path, id);
    entry.detail = milestone ? PracticePlanModel::tr("Milestone, tier %1").arg(milestone->tier)
                             : PracticePlanModel::tr("Milestone");
    return entry;
}

PracticePlanModel::Entry guideEntry(const Core::GuideLibrary& guides, const QString& id)
{
    PracticePlanModel::Entry entry;
    entry.item.kind = Core::PracticePlanItem::Kind::Guide;
    entry.item.itemId = id;
    const auto guide = guides.find(id);
    entry.title = guide ? guide->title : id;
    entry.detail =
        guide ? PracticePlanModel::tr("Guide, about %1 minutes").arg(guide->minutes) : PracticePlanModel::tr("Guide");
    return entry;
}

} // namespace

PracticePlanModel::PracticePlanModel(Mode mode, QObject* parent)
    : QAbstractItemModel(parent)
    , m_mode(mode)
{}

QList<PracticePlanModel::Entry> PracticePlanModel::catalogue(const Core::PathDefinition& path,
                                                             const Core::GuideLibrary& guides)
{
    QList<Entry> entries;
    for (const Core::Milestone& milestone : path.milestones()) {
        Entry entry = milestoneEntry(path, milestone.id);
        QList<Core::Guide> taught = guides.forMilestone(milestone.id);
        // Rehearsal happens in the sandbox, so its guides come first; the live networks' ones follow.
        std::stable_sort(taught.begin(), taught.end(), [](const Core::Guide& a, const Core::Guide& b) {
            const auto rank = [](const Core::Guide& guide) {
                return guide.platform == QLatin1String("practice") ? 0 : guide.platform == QLatin1String("any") ? 1 : 2;
            };
            return rank(a) < rank(b);
        });
        for (const Core::Guide& guide : taught)
            entry.children.append(guideEntry(guides, guide.id));
        entries.append(entry);
    }
    return entries;
}

QList<PracticePlanModel::Entry> PracticePlanModel::plan(const Core::PracticeSession& session,
                                                        const Core::PathDefinition& path,
                                                        const Core::GuideLibrary& guides)
{
    QList<Entry> entries;
    for (const Core::PracticePlanItem& item : session.plan) {
        const bool milestone = item.kind == Core::PracticePlanItem::Kind::Milestone;
        Entry entry = milestone ? milestoneEntry(path, item.itemId) : guideEntry(guides, item.itemId);
        // In a flat plan nothing shows what a guide belongs to; say at least that it is one.
        if (!milestone)
            entry.title = tr("Guide: %1").arg(entry.title);
        entry.item = item;
        entry.checked = item.isDone();
        entries.append(entry);
    }
    return entries;
}

void PracticePlanModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QList<Core::PracticePlanItem> PracticePlanModel::checkedItems() const
{
    QList<Core::PracticePlanItem> items;
    for (const Entry& entry : m_entries) {
        if (entry.checked)
            items.append(entry.item);
        for (const Entry& child : entry.children)
            if (child.checked)
                items.append(child.item);
    }
    return items;
}

QModelIndex PracticePlanModel::indexOf(const QString& itemId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).item.itemId == itemId)
            return index(row, 0);
        const QList<Entry>& children = m_entries.at(row).children;
        for (int child = 0; child < children.size(); ++child)
            if (children.at(child).item.itemId == itemId)
                return index(child, 0, index(row, 0));
    }
    return {};
}

void PracticePlanModel::setChecked(const QString& itemId, bool checked)
{
    const QModelIndex at = indexOf(itemId);
    if (!at.isValid() || entryAt(at).checked == checked)
        return;
    entryAt(at).checked = checked;
    Q_EMIT dataChanged(at, at, {Qt::CheckStateRole});
    if (m_mode == Mode::Choose)
        Q_EMIT checkedChanged();
}

const PracticePlanModel::Entry& PracticePlanModel::entryAt(const QModelIndex& index) const
{
    if (index.internalId() == topLevel)
        return m_entries.at(index.row());
    return m_entries.at(int(index.internalId() - 1)).children.at(index.row());
}

PracticePlanModel::Entry& PracticePlanModel::entryAt(const QModelIndex& index)
{
    if (index.internalId() == topLevel)
        return m_entries[index.row()];
    return m_entries[int(index.internalId() - 1)].children[index.row()];
}

QModelIndex PracticePlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : topLevel);
}

QModelIndex PracticePlanModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int PracticePlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0 || parent.internalId() != topLevel)
        return 0;
    return int(m_entries.at(parent.row()).children.size());
}

int PracticePlanModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PracticePlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry& entry = entryAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        // A narrow plan elides long guide titles; the tip shows the whole title.
        return QString(entry.title + QLatin1Char('\n') + entry.detail);
    case Qt::AccessibleDescriptionRole:
        return entry.detail;
    case Qt::CheckStateRole:
        return entry.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (entry.item.kind == Core::PracticePlanItem::Kind::Milestone && m_mode == Mode::Choose) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ItemIdRole:
        return entry.item.itemId;
    case KindRole:
        return int(entry.item.kind);
    default:
        return {};
    }
}

bool PracticePlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || m_mode == Mode::ReadOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    Entry& entry = entryAt(index);
    if (m_mode == Mode::Tick) {
        if (entry.checked != checked)
            Q_EMIT tickRequested(entry.item.itemId, checked);
        return true;
    }
    if (entry.checked == checked)
        return true;
    entry.checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags PracticePlanModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.internalId() == topLevel && !m_entries.at(index.row()).children.isEmpty())
        flags &= ~Qt::ItemNeverHasChildren;
    if (m_mode != Mode::ReadOnly)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace Podium::Ui
