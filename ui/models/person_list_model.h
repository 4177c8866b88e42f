#pragma once

#include "people/person.h"

#include <QAbstractTableModel>
#include <QList>

namespace Podium::Core {
class PeopleService;
}

namespace Podium::Ui {

/// The people of a workspace as a table: name, role, time zone, local time now.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        TimeZoneColumn,
        ColumnCount,
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
    };

    PersonListModel(Core::PeopleService& people, QString myId, QObject* parent = nullptr);

    /// Reads the people again; returns false (and keeps the old rows) when the workspace cannot be read.
    bool reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::PeopleService& m_people;
    QString m_myId;
    QList<Core::Person> m_rows;
};

} // namespace Podium::Ui
