#include "first_run_dialog.h"

#include "people/people_service.h"
#include "role_text.h"
#include "widgets/error_label.h"
#include "widgets/time_zone_combo_box.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Podium::Ui {

FirstRunDialog::FirstRunDialog(Core::PeopleService& people, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
{
    setWindowTitle(tr("Welcome to Podium"));
    setObjectName(QStringLiteral("firstRunDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("Welcome to Podium"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto* intro = new QLabel(tr("Podium helps executives take their place on the company's social network, one "
                                "small step at a time. Tell us who you are so Podium can show you what matters."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("lead"));
    layout->addWidget(intro);

    auto* rolesHeading = new QLabel(tr("I am…"), this);
    rolesHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(rolesHeading);
    m_roles = new QButtonGroup(this);
    for (const Core::Role role : {Core::Role::Executive, Core::Role::Delegate, Core::Role::Trainer}) {
        auto* choice = new QRadioButton(RoleText::name(role), this);
        choice->setObjectName(QStringLiteral("roleChoice"));
        auto* explanation = new QLabel(RoleText::description(role), this);
        explanation->setObjectName(QStringLiteral("hint"));
        explanation->setWordWrap(true);
        explanation->setIndent(26);
        m_roles->addButton(choice, int(role));
        layout->addWidget(choice);
        layout->addWidget(explanation);
    }
    m_roles->button(int(Core::Role::Executive))->setChecked(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 10, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Dana Whitfield"));
    m_name->setMaxLength(200);
    form->addRow(tr("Your name"), m_name);
    m_zone = new TimeZoneComboBox(this);
    form->addRow(tr("Your time zone"), m_zone);
    layout->addLayout(form);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("Start using Podium"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::updateButton);
    updateButton();
    resize(560, sizeHint().height());
}

void FirstRunDialog::chooseRole(Core::Role role)
{
    m_roles->button(int(role))->setChecked(true);
}

void FirstRunDialog::updateButton()
{
    m_start->setEnabled(!m_name->text().trimmed().isEmpty());
}

void FirstRunDialog::accept()
{
    const auto role = Core::Role(m_roles->checkedId());
    const auto person = m_people.add(m_name->text(), role, m_zone->zoneId());
    if (!person) {
        m_error->showError(person.error());
        return;
    }
    m_person = person.value();
    QDialog::accept();
}

} // namespace Podium::Ui
