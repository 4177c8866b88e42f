#pragma once

#include "fake_clock.h"
#include "people/person.h"
#include "test_database.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Podium::Tests {

/// A workspace on a fresh test database with private settings, for driving widgets.
class WidgetFixture
{
public:
    WidgetFixture();

    Core::Workspace& workspace() { return *m_workspace; }
    QSettings& settings() { return m_settings; }
    FakeClock& clock() { return m_clock; }
    Core::Person addPerson(const QString& name, Core::Role role, const QString& zone = QStringLiteral("Europe/Berlin"));

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    FakeClock m_clock;
    QSettings m_settings;
    std::unique_ptr<Core::Workspace> m_workspace;
};

} // namespace Podium::Tests
