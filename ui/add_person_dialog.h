#pragma once

#include "people/person.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Podium::Core {
class PeopleService;
}

namespace Podium::Ui {

class ErrorLabel;
class TimeZoneComboBox;

/// Adds a colleague to the workspace: an executive you support or coach, a delegate, a trainer.
class AddPersonDialog : public QDialog
{
    Q_OBJECT

public:
    AddPersonDialog(Core::PeopleService& people, Core::Role suggestedRole, QWidget* parent = nullptr);
    Core::Person person() const { return m_person; }

public Q_SLOTS:
    void accept() override;

private:
    Core::PeopleService& m_people;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    TimeZoneComboBox* m_zone = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    Core::Person m_person;
};

} // namespace Podium::Ui
