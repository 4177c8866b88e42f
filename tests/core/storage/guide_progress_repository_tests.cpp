#include "storage/guide_progress_repository.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("GuideProgressRepository keeps each person's ticks per guide and forgets an untick", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Trainer"), Role::Trainer);
    GuideProgressRepository& progress = f.workspace->guideProgress();
    const QString guide = QStringLiteral("first-status-update-practice");

    REQUIRE(progress.setTicked(f.executive.id, guide, {0, 1}, true, f.clock.now()));
    REQUIRE(progress.setTicked(f.executive.id, guide, {2, 0}, true, f.clock.now()));
    // Ticking twice is harmless: a double click must not fail or count twice.
    REQUIRE(progress.setTicked(f.executive.id, guide, {2, 0}, true, f.clock.now()));
    REQUIRE(progress.setTicked(f.executive.id, QStringLiteral("weekly-routine"), {0, 0}, true, f.clock.now()));

    CHECK(progress.ticked(f.executive.id, guide).value() == QSet<GuideItem>{{0, 1}, {2, 0}});
    CHECK(progress.ticked(trainer.id, guide).value().isEmpty());

    REQUIRE(progress.setTicked(f.executive.id, guide, {0, 1}, false, f.clock.now()));
    REQUIRE(progress.setTicked(f.executive.id, guide, {5, 5}, false, f.clock.now()));
    CHECK(progress.ticked(f.executive.id, guide).value() == QSet<GuideItem>{{2, 0}});
}
