#include "guide_list_model.h"

#include "guides/guide_library.h"

namespace Podium::Ui {

GuideListModel::GuideListModel(const Core::GuideLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_rows(library.guides())
{}

void GuideListModel::setSearch(const QString& query)
{
    beginResetModel();
    m_rows = query.trimmed().isEmpty() ? m_library.guides() : m_library.search(query);
    endResetModel();
}

int GuideListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GuideListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Guide& guide = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\nTier %2 · %3 min").arg(guide.title).arg(guide.tier).arg(guide.minutes);
    case Qt::ToolTipRole:
        return guide.introduction;
    case GuideIdRole:
        return guide.id;
    default:
        return {};
    }
}

} // namespace Podium::Ui
