#include "widget_fixture.h"

#include "people/people_service.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

WidgetFixture::WidgetFixture()
    : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
    auto workspace = Core::Workspace::open(m_database.location(), m_clock);
    REQUIRE(workspace.hasValue());
    m_workspace = std::move(workspace.value());
}

Core::Person WidgetFixture::addPerson(const QString& name, Core::Role role, const QString& zone)
{
    auto person = m_workspace->people().add(name, role, zone);
    REQUIRE(person.hasValue());
    return person.value();
}

} // namespace Podium::Tests
