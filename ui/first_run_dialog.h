#pragma once

#include "people/person.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QPushButton;

namespace Podium::Core {
class PeopleService;
}

namespace Podium::Ui {

class ErrorLabel;
class TimeZoneComboBox;

/// Asks a new user who they are (executive, delegate or trainer), their name and time zone, and creates
/// their Person.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Core::PeopleService& people, QWidget* parent = nullptr);

    /// The person created when the dialog was accepted.
    Core::Person person() const { return m_person; }

    QLineEdit* nameEdit() const { return m_name; }
    TimeZoneComboBox* timeZoneBox() const { return m_zone; }
    void chooseRole(Core::Role role);

public Q_SLOTS:
    void accept() override;

private:
    void updateButton();

    Core::PeopleService& m_people;
    QButtonGroup* m_roles = nullptr;
    QLineEdit* m_name = nullptr;
    TimeZoneComboBox* m_zone = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_start = nullptr;
    Core::Person m_person;
};

} // namespace Podium::Ui
