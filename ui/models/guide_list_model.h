#pragma once

#include "guides/guide.h"

#include <QAbstractListModel>

namespace Podium::Core {
class GuideLibrary;
}

namespace Podium::Ui {

/// The guides of one language as a list (title, with tier and minutes below), narrowed by a search.
class GuideListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        GuideIdRole = Qt::UserRole + 1,
    };

    explicit GuideListModel(const Core::GuideLibrary& library, QObject* parent = nullptr);

    /// Shows only guides containing every word; an empty query shows all.
    void setSearch(const QString& query);
    const Core::Guide& guideAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Core::GuideLibrary& m_library;
    QList<Core::Guide> m_rows;
};

} // namespace Podium::Ui
