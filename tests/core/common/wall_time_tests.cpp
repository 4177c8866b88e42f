#include "common/wall_time.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

TEST_CASE("WallTime resolves an ordinary time to one instant")
{
    const Result<QDateTime> noon = WallTime::parse(QStringLiteral("2026-06-15T12:00"), QStringLiteral("Europe/Berlin"));
    REQUIRE(noon.hasValue());
    CHECK(*noon == utc(2026, 6, 15, 10, 0));
}

TEST_CASE("WallTime lands at the intended instant across DST changes")
{
    // The day after each spring change, 09:00 local is an hour (Lord Howe: half an hour) closer to UTC.
    struct Case
    {
        const char* zone;
        const char* before;
        QDateTime beforeUtc;
        const char* after;
        QDateTime afterUtc;
    };
    const Case cases[] = {
        {"America/New_York", "2026-03-07T09:00", utc(2026, 3, 7, 14, 0), "2026-03-09T09:00", utc(2026, 3, 9, 13, 0)},
        {"Europe/Berlin", "2026-03-28T09:00", utc(2026, 3, 28, 8, 0), "2026-03-30T09:00", utc(2026, 3, 30, 7, 0)},
        // Lord Howe moves by 30 minutes: +10:30 in winter, +11:00 in summer (from the first Sunday of October).
        {"Australia/Lord_Howe", "2026-10-03T09:00", utc(2026, 10, 2, 22, 30), "2026-10-05T09:00",
         utc(2026, 10, 4, 22, 0)},
    };
    for (const Case& c : cases) {
        INFO(c.zone);
        const Result<QDateTime> before = WallTime::parse(QLatin1String(c.before), QLatin1String(c.zone));
        const Result<QDateTime> after = WallTime::parse(QLatin1String(c.after), QLatin1String(c.zone));
        REQUIRE(before.hasValue());
        REQUIRE(after.hasValue());
        CHECK(*before == c.beforeUtc);
        CHECK(*after == c.afterUtc);
    }
}

TEST_CASE("WallTime refuses a time inside a DST gap and offers the two valid choices")
{
    struct Case
    {
        const char* zone;
        const char* inGap;
        QDateTime transition;
        QDateTime shifted;
    };
    const Case cases[] = {
        // 02:30 does not exist: clocks jump from 02:00 to 03:00 (New York 8 March, Berlin 29 March 2026).
        {"America/New_York", "2026-03-08T02:30", utc(2026, 3, 8, 7, 0), utc(2026, 3, 8, 7, 30)},
        {"Europe/Berlin", "2026-03-29T02:30", utc(2026, 3, 29, 1, 0), utc(2026, 3, 29, 1, 30)},
        // Lord Howe skips 02:00-02:30 on 4 October 2026.
        {"Australia/Lord_Howe", "2026-10-04T02:15", utc(2026, 10, 3, 15, 30), utc(2026, 10, 3, 15, 45)},
    };
    for (const Case& c : cases) {
        INFO(c.zone);
        const Result<QDateTime> gap = WallTime::parse(QLatin1String(c.inGap), QLatin1String(c.zone));
        REQUIRE_FALSE(gap.hasValue());
        CHECK(gap.error().code == ErrorCode::TimeInDstGap);
        const QDateTime local = QDateTime::fromString(QLatin1String(c.inGap), Qt::ISODate);
        const QList<QDateTime> choices =
            WallTime(local.date(), local.time(), QTimeZone(QByteArray(c.zone))).gapChoices();
        REQUIRE(choices.size() == 2);
        CHECK(choices.at(0) == c.transition);
        CHECK(choices.at(1) == c.shifted);
        CHECK(gap.error().detail.contains(QStringLiteral(" or ")));
    }
}

TEST_CASE("WallTime asks which one when a time happens twice")
{
    // 01:30 happens twice in New York on 1 November 2026 and 02:30 in Berlin on 25 October 2026; on Lord
    // Howe 01:45 happens twice on 5 April 2026 (the clocks go back from 02:00 to 01:30).
    struct Case
    {
        const char* zone;
        const char* overlap;
        QDateTime first;
        QDateTime second;
    };
    const Case cases[] = {
        {"America/New_York", "2026-11-01T01:30", utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)},
        {"Europe/Berlin", "2026-10-25T02:30", utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)},
        {"Australia/Lord_Howe", "2026-04-05T01:45", utc(2026, 4, 4, 14, 45), utc(2026, 4, 4, 15, 15)},
    };
    for (const Case& c : cases) {
        INFO(c.zone);
        const Result<QDateTime> twice = WallTime::parse(QLatin1String(c.overlap), QLatin1String(c.zone));
        REQUIRE_FALSE(twice.hasValue());
        CHECK(twice.error().code == ErrorCode::TimeAmbiguous);
        const QDateTime local = QDateTime::fromString(QLatin1String(c.overlap), Qt::ISODate);
        const QList<QDateTime> both = WallTime(local.date(), local.time(), QTimeZone(QByteArray(c.zone))).instants();
        REQUIRE(both.size() == 2);
        CHECK(both.at(0) == c.first);
        CHECK(both.at(1) == c.second);
    }
}

TEST_CASE("WallTime reads explicit offsets as instants and rejects nonsense")
{
    CHECK(*WallTime::parse(QStringLiteral("2026-03-29T02:30Z"), QStringLiteral("Europe/Berlin")) ==
          utc(2026, 3, 29, 2, 30));
    CHECK(*WallTime::parse(QStringLiteral("2026-03-29 04:30+02:00"), QStringLiteral("Europe/Berlin")) ==
          utc(2026, 3, 29, 2, 30));
    CHECK(WallTime::parse(QStringLiteral("tomorrow"), QStringLiteral("Europe/Berlin")).error().code ==
          ErrorCode::PostTimeInvalid);
    CHECK(WallTime::parse(QStringLiteral("2026-02-30T10:00"), QStringLiteral("Europe/Berlin")).error().code ==
          ErrorCode::PostTimeInvalid);
    CHECK(WallTime::parse(QStringLiteral("2026-03-29T10:00"), QStringLiteral("Mars/Olympus")).error().code ==
          ErrorCode::TimeZoneUnknown);
}
