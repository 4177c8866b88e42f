#include "workspace_fixture.h"

#include "people/people_service.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

WorkspaceFixture::WorkspaceFixture()
{
    auto opened = Core::Workspace::open(test.location(), clock);
    REQUIRE(opened.hasValue());
    workspace = std::move(opened.value());
    executive = addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
}

WorkspaceFixture::~WorkspaceFixture() = default;

Core::Person WorkspaceFixture::addPerson(const QString& name, Core::Role role, const QString& zone)
{
    auto added = workspace->people().add(name, role, zone);
    REQUIRE(added.hasValue());
    return *added;
}

} // namespace Podium::Tests
