#pragma once

#include "people/person.h"

#include <QWidget>

class QComboBox;
class QSettings;

namespace Podium::Core {
class Workspace;
}

namespace Podium::Ui {

/// Who you are here, where the workspace is kept, and the interface language.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Core::Workspace& workspace, const Core::Person& me, QSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }

private:
    QSettings& m_settings;
    QComboBox* m_language = nullptr;
};

} // namespace Podium::Ui
