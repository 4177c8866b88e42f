#pragma once

#include "practice/profile_checklist_item.h"

#include <QAbstractListModel>
#include <QList>

namespace Podium::Ui {

/// An executive's profile checklist as boxes to tick, in list order. A tick asks through tickRequested();
/// the box changes once the checklist agreed and the items were set again.
class ProfileChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
    };

    explicit ProfileChecklistModel(QObject* parent = nullptr);

    void setItems(const QList<Core::ProfileChecklistItem>& items);
    const QList<Core::ProfileChecklistItem>& items() const { return m_items; }
    int tickedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void tickRequested(const QString& itemId, bool ticked);

private:
    QList<Core::ProfileChecklistItem> m_items;
};

} // namespace Podium::Ui
