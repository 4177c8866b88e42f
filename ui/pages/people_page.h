#pragma once

#include "people/person.h"

#include <QWidget>

class QTableView;

namespace Podium::Core {
class Clock;
class PeopleService;
} // namespace Podium::Core

namespace Podium::Ui {

class PersonListModel;

/// Everyone in the workspace, and adding someone new.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(Core::PeopleService& people, const Core::Clock& clock, const Core::Person& me,
               QWidget* parent = nullptr);

    PersonListModel* model() const { return m_model; }

public Q_SLOTS:
    /// Opens the add-person dialog, suggesting the role this user most likely needs to add.
    void addPerson();

Q_SIGNALS:
    void personAdded(const Podium::Core::Person& person);

private:
    Core::PeopleService& m_people;
    Core::Person m_me;
    PersonListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace Podium::Ui
