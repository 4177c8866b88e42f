#include "person_list_model.h"

#include "common/clock.h"
#include "people/people_service.h"
#include "role_text.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace Podium::Ui {

PersonListModel::PersonListModel(Core::PeopleService& people, const Core::Clock& clock, QString myId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_people(people)
    , m_clock(clock)
    , m_myId(std::move(myId))
{
    reload();
}

bool PersonListModel::reload()
{
    const auto people = m_people.list();
    if (!people)
        return false;
    beginResetModel();
    m_rows = people.value();
    endResetModel();
    return true;
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Person& person = m_rows.at(index.row());
    if (role == PersonIdRole)
        return person.id;
    if (role == Qt::FontRole && person.id == m_myId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return person.id == m_myId ? tr("%1 (you)").arg(person.displayName) : person.displayName;
    case RoleColumn:
        return RoleText::name(person.role);
    case TimeZoneColumn:
        return QString(person.timeZone).replace(QLatin1Char('_'), QLatin1Char(' '));
    case LocalTimeColumn: {
        const QTimeZone zone(person.timeZone.toUtf8());
        const QDateTime local = m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        return QString(QLocale().toString(local, QStringLiteral("ddd ")) +
                       QLocale().toString(local.time(), QLocale::ShortFormat));
    }
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TimeZoneColumn:
        return tr("Time zone");
    case LocalTimeColumn:
        return tr("Local time now");
    default:
        return {};
    }
}

} // namespace Podium::Ui
