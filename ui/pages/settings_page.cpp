#include "settings_page.h"

#include "common/error_message.h"
#include "role_text.h"
#include "widgets/page_title.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsPage::SettingsPage(Core::Workspace& workspace, const Core::Person& me, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(new PageTitle(tr("Settings"), this));

    auto* profile = new QGroupBox(tr("You"), this);
    auto* profileForm = new QFormLayout(profile);
    profileForm->addRow(tr("Name"), selectable(me.displayName, profile));
    profileForm->addRow(tr("Role"), selectable(RoleText::name(me.role), profile));
    profileForm->addRow(tr("Time zone"), selectable(QString(me.timeZone).replace(u'_', u' '), profile));
    layout->addWidget(profile);

    auto* storage = new QGroupBox(tr("Workspace"), this);
    auto* storageForm = new QFormLayout(storage);
    const auto info = workspace.info();
    if (info) {
        const bool sqlite = info->backend == Core::DatabaseBackend::Sqlite;
        storageForm->addRow(
            tr("Kept in"),
            selectable(sqlite ? tr("This computer (SQLite)") : tr("Shared team server (PostgreSQL)"), storage));
        storageForm->addRow(tr("Location"), selectable(info->location, storage));
        storageForm->addRow(tr("Schema version"), selectable(QString::number(info->schemaVersion), storage));
        storageForm->addRow(tr("People"), selectable(QString::number(info->peopleCount), storage));
        if (!info->backupPath.isEmpty())
            storageForm->addRow(tr("Copy before update"), selectable(info->backupPath, storage));
    } else {
        storageForm->addRow(selectable(Core::ErrorMessage::text(info.error()), storage));
    }
    storageForm->addRow(tr("Secrets"), selectable(tr("Account passwords and tokens are kept only in your "
                                                     "system's keychain, never in the workspace."),
                                                  storage));
    layout->addWidget(storage);

    auto* appearance = new QGroupBox(tr("Language"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setMaximumWidth(320);
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    appearanceForm->addRow(tr("Interface language"), m_language);
    auto* note = new QLabel(tr("Takes effect the next time Podium starts."), appearance);
    note->setObjectName(QStringLiteral("hint"));
    appearanceForm->addRow(QString(), note);
    layout->addWidget(appearance);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setValue(QStringLiteral("ui/language"), m_language->currentData().toString()); });
}

} // namespace Podium::Ui
