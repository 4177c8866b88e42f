#pragma once

#include "fake_clock.h"
#include "people/person.h"
#include "test_database.h"
#include "workspace/workspace.h"

#include <QStringList>

#include <memory>

namespace Podium::Tests {

/// A fresh workspace on the test backend, a clock that stands still, and one executive to post as.
struct WorkspaceFixture
{
    WorkspaceFixture();
    ~WorkspaceFixture();

    /// Adds another person and returns them.
    Core::Person addPerson(const QString& name, Core::Role role, const QString& zone = QStringLiteral("Europe/Berlin"));
    /// The audit actions about one subject ("post", "person", "workspace" …), oldest first.
    QStringList auditActions(const QString& subjectType, const QString& subjectId) const;

    TestDatabase test;
    FakeClock clock;
    std::unique_ptr<Core::Workspace> workspace;
    Core::Person executive;
};

} // namespace Podium::Tests
