#include "people_page.h"

#include "add_person_dialog.h"
#include "models/person_list_model.h"
#include "widgets/page_title.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Podium::Ui {

PeoplePage::PeoplePage(Core::PeopleService& people, const Core::Clock& clock, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_people(people)
    , m_me(me)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    auto* header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("People"), this));
    header->addStretch(1);
    auto* add = new QPushButton(tr("Add a person…"), this);
    add->setObjectName(QStringLiteral("primaryButton"));
    header->addWidget(add);
    layout->addLayout(header);

    auto* lead = new QLabel(tr("The executives, delegates and trainers who work together in this workspace."), this);
    lead->setObjectName(QStringLiteral("lead"));
    lead->setWordWrap(true);
    layout->addWidget(lead);

    m_model = new PersonListModel(people, clock, me.id, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(PersonListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PersonListModel::RoleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PersonListModel::TimeZoneColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &PeoplePage::addPerson);
}

void PeoplePage::addPerson()
{
    // An executive most often adds their delegate; delegates and trainers add the executives they serve.
    const Core::Role suggested = m_me.role == Core::Role::Executive ? Core::Role::Delegate : Core::Role::Executive;
    AddPersonDialog dialog(m_people, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    Q_EMIT personAdded(dialog.person());
}

} // namespace Podium::Ui
