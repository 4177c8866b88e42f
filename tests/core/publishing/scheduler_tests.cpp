#include "fake_alarm.h"
#include "posts/post_service.h"
#include "publishing/scheduler.h"
#include "wait_until.h"
#include "workspace_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

Post scheduleIn(WorkspaceFixture& f, int seconds)
{
    NewPost request;
    request.authorId = f.executive.id;
    request.body = QStringLiteral("Due in %1 s").arg(seconds);
    request.schedule = true;
    request.scheduledAt = f.clock.now().addSecs(seconds);
    const Result<Post> post = f.workspace->posts().create(request);
    REQUIRE(post.hasValue());
    return *post;
}

} // namespace

TEST_CASE("Scheduler arms one alarm for the earliest due post and re-arms on every change", "[db]")
{
    WorkspaceFixture f;
    FakeAlarm alarm;
    Scheduler scheduler(f.workspace->posts(), alarm);
    scheduler.start();
    CHECK_FALSE(alarm.armedAt().isValid());

    scheduleIn(f, 600);
    REQUIRE(waitUntil([&] { return alarm.armedAt().isValid(); }));
    CHECK(alarm.armedAt() == f.clock.now().addSecs(600));

    const Post sooner = scheduleIn(f, 60);
    REQUIRE(waitUntil([&] { return alarm.armedAt() == f.clock.now().addSecs(60); }));

    REQUIRE(f.workspace->posts().cancel(sooner.id, f.executive.id).hasValue());
    REQUIRE(waitUntil([&] { return alarm.armedAt() == f.clock.now().addSecs(600); }));
}

TEST_CASE("Scheduler re-arms once for a burst of changes", "[db]")
{
    WorkspaceFixture f;
    FakeAlarm alarm;
    Scheduler scheduler(f.workspace->posts(), alarm);
    scheduler.start();
    const int before = alarm.armings();
    for (int i = 0; i < 20; ++i)
        scheduleIn(f, 100 + i);
    REQUIRE(waitUntil([&] { return alarm.armedAt().isValid(); }));
    QCoreApplication::processEvents();
    CHECK(alarm.armings() - before == 1);
    CHECK(alarm.armedAt() == f.clock.now().addSecs(100));
}

TEST_CASE("Scheduler announces due posts when the alarm rings and after a clock jump", "[db]")
{
    WorkspaceFixture f;
    FakeAlarm alarm;
    Scheduler scheduler(f.workspace->posts(), alarm);
    QSignalSpy due(&scheduler, &Scheduler::postsDue);
    scheduleIn(f, 60);
    scheduler.start();
    CHECK(alarm.armedAt() == f.clock.now().addSecs(60));

    alarm.ring();
    CHECK(due.count() == 1);
    // Nothing was published, so the same post is still the next one and the alarm is set again.
    CHECK(alarm.armedAt() == f.clock.now().addSecs(60));

    alarm.jump();
    CHECK(due.count() == 2);
    scheduler.stop();
    CHECK_FALSE(alarm.armedAt().isValid());
}
