#include "fake_clock.h"
#include "people/people_service.h"
#include "test_database.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("Workspace keeps its id across openings and reports what it holds", "[db]")
{
    TestDatabase test;
    FakeClock clock;
    QString firstId;
    {
        auto workspace = Workspace::open(test.location(), clock);
        REQUIRE(workspace.hasValue());
        firstId = workspace.value()->id();
        CHECK_FALSE(firstId.isEmpty());
        REQUIRE(workspace.value()->people().add(QStringLiteral("Ada"), Role::Executive, QStringLiteral("UTC")));
    }
    auto again = Workspace::open(test.location(), clock);
    REQUIRE(again.hasValue());
    CHECK(again.value()->id() == firstId);
    const auto info = again.value()->info();
    REQUIRE(info.hasValue());
    CHECK(info->peopleCount == 1);
    CHECK(info->schemaVersion >= 7);
    CHECK(info->backend == test.location().backend());
    CHECK(info->createdAt == clock.now());
}
