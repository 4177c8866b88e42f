#include "profile_checklist_model.h"

#include <QLocale>

namespace Podium::Ui {

ProfileChecklistModel::ProfileChecklistModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ProfileChecklistModel::setItems(const QList<Core::ProfileChecklistItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ProfileChecklistModel::tickedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Core::ProfileChecklistItem& item) { return item.isTicked(); }));
}

int ProfileChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProfileChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::ProfileChecklistItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.text;
    case Qt::CheckStateRole:
        return item.isTicked() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (!item.isTicked())
            return tr("Still to do");
        return tr("Done on %1").arg(QLocale().toString(item.tickedAt.toLocalTime(), QLocale::ShortFormat));
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

bool ProfileChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Core::ProfileChecklistItem& item = m_items.at(index.row());
    const bool ticked = value.toInt() == Qt::Checked;
    if (ticked != item.isTicked())
        Q_EMIT tickRequested(item.id, ticked);
    return true;
}

Qt::ItemFlags ProfileChecklistModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace Podium::Ui
