#include "add_person_dialog.h"

#include "people/people_service.h"
#include "role_text.h"
#include "widgets/error_label.h"
#include "widgets/time_zone_combo_box.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Podium::Ui {

AddPersonDialog::AddPersonDialog(Core::PeopleService& people, Core::Role suggestedRole, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
{
    setWindowTitle(tr("Add a person"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setMaxLength(200);
    form->addRow(tr("Name"), m_name);
    m_role = new QComboBox(this);
    for (const Core::Role role : {Core::Role::Executive, Core::Role::Delegate, Core::Role::Trainer})
        m_role->addItem(RoleText::name(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(suggestedRole)));
    form->addRow(tr("Role"), m_role);
    m_zone = new TimeZoneComboBox(this);
    form->addRow(tr("Time zone"), m_zone);
    layout->addLayout(form);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    m_add->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPersonDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    resize(460, sizeHint().height());
}

void AddPersonDialog::accept()
{
    const auto person = m_people.add(m_name->text(), Core::Role(m_role->currentData().toInt()), m_zone->zoneId());
    if (!person) {
        m_error->showError(person.error());
        return;
    }
    m_person = person.value();
    QDialog::accept();
}

} // namespace Podium::Ui
