#pragma once

#include "fake_clock.h"
#include "people/person.h"
#include "test_database.h"
#include "workspace/workspace.h"

#include <memory>

namespace Podium::Tests {

/// A fresh workspace on the test backend, a clock that stands still, and one executive to post as.
struct WorkspaceFixture
{
    WorkspaceFixture();
    ~WorkspaceFixture();

    /// Adds another person and returns them.
    Core::Person addPerson(const QString& name, Core::Role role, const QString& zone = QStringLiteral("Europe/Berlin"));

    TestDatabase test;
    FakeClock clock;
    std::unique_ptr<Core::Workspace> workspace;
    Core::Person executive;
};

} // namespace Podium::Tests
