#pragma once

#include "people/person.h"

#include <QAbstractTableModel>
#include <QList>

namespace Podium::Core {
class Clock;
class PeopleService;
} // namespace Podium::Core

namespace Podium::Ui {

/// The people of a workspace as a table: name, role, time zone, and their local time now (so a delegate
/// sees at a glance whether it is a sensible hour to ask an executive for an approval).
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        TimeZoneColumn,
        LocalTimeColumn,
        ColumnCount,
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
    };

    PersonListModel(Core::PeopleService& people, const Core::Clock& clock, QString myId, QObject* parent = nullptr);

    /// Reads the people again; returns false (and keeps the old rows) when the workspace cannot be read.
    bool reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::PeopleService& m_people;
    const Core::Clock& m_clock;
    QString m_myId;
    QList<Core::Person> m_rows;
};

} // namespace Podium::Ui
