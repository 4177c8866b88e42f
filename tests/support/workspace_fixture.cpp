#include "workspace_fixture.h"

#include "people/people_service.h"
#include "storage/audit_repository.h"

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

QStringList WorkspaceFixture::auditActions(const QString& subjectType, const QString& subjectId) const
{
    // Held in a named value: GCC's -O2 misreads the lifetime of a temporary Result in a range-for.
    const auto events = Core::AuditRepository(workspace->database()).forSubject(subjectType, subjectId);
    REQUIRE(events.hasValue());
    QStringList names;
    for (const Core::AuditEvent& event : *events)
        names << event.action;
    return names;
}

} // namespace Podium::Tests
