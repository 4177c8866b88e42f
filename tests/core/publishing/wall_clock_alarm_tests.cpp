#include "publishing/wall_clock_alarm.h"
#include "wait_until.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("WallClockAlarm rings at the wall-clock instant it was armed for")
{
    WallClockAlarm alarm;
    QSignalSpy rang(&alarm, &Alarm::rang);
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(150);
    alarm.armAt(at);
    REQUIRE(waitUntil([&] { return rang.count() == 1; }, 5000));
    CHECK(QDateTime::currentDateTimeUtc() >= at);
}

TEST_CASE("WallClockAlarm rings at once for an instant already past, and only once")
{
    WallClockAlarm alarm;
    QSignalSpy rang(&alarm, &Alarm::rang);
    alarm.armAt(QDateTime::currentDateTimeUtc().addSecs(-3600));
    REQUIRE(waitUntil([&] { return rang.count() == 1; }, 2000));
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 200; });
    CHECK(rang.count() == 1);
}

TEST_CASE("WallClockAlarm stays silent once disarmed or re-armed later")
{
    WallClockAlarm alarm;
    QSignalSpy rang(&alarm, &Alarm::rang);
    alarm.armAt(QDateTime::currentDateTimeUtc().addMSecs(100));
    alarm.disarm();
    alarm.armAt(QDateTime::currentDateTimeUtc().addSecs(3600));
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 400; });
    CHECK(rang.isEmpty());
}
