#include "cli_people.h"

#include <QJsonArray>

using namespace Podium;
using namespace Podium::Tests;

namespace {

CliRun session(CliFixture& cli, QStringList arguments)
{
    return cli.run(QStringList{QStringLiteral("session")} + arguments);
}

} // namespace

TEST_CASE("podium session starts, notes, shows, finishes and lists a practice session", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString toni = addPerson(cli, QStringLiteral("Toni Reyes"), QStringLiteral("trainer"));
    actAs(cli, toni);

    const CliRun started =
        session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana, QStringLiteral("--plan"),
                      QStringLiteral("first-status-update,first-status-update-practice"), QStringLiteral("--minutes"),
                      QStringLiteral("30"), QStringLiteral("--json")});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QJsonObject json = started.json().object();
    const QString id = json.value(QStringLiteral("id")).toString();
    CHECK(json.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(json.value(QStringLiteral("plannedMinutes")).toInt() == 30);
    CHECK(json.value(QStringLiteral("remainingSeconds")).toInt() == 30 * 60);
    const QJsonArray plan = json.value(QStringLiteral("plan")).toArray();
    REQUIRE(plan.size() == 2);
    CHECK(plan.at(0)[QStringLiteral("kind")].toString() == QStringLiteral("milestone"));
    CHECK(plan.at(1)[QStringLiteral("kind")].toString() == QStringLiteral("guide"));

    cli.clock().advance(5 * 60 * 1000);
    const CliRun noted =
        session(cli, {QStringLiteral("note"), id, QStringLiteral("Chose a warm tone"), QStringLiteral("--json")});
    REQUIRE(noted.exitCode == 0);
    const QJsonArray notes = noted.json().object().value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0)[QStringLiteral("text")].toString() == QStringLiteral("Chose a warm tone"));
    CHECK(notes.at(0)[QStringLiteral("writtenAt")].toString() == QStringLiteral("2026-03-02T09:35:00.000Z"));

    const CliRun shown = session(cli, {QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("5 of 30 minutes")));
    CHECK(shown.out.contains(QStringLiteral("Chose a warm tone")));

    const CliRun finished =
        session(cli, {QStringLiteral("finish"), id, QStringLiteral("--outcome"), QStringLiteral("Confident now"),
                      QStringLiteral("--ready"), QStringLiteral("--rating"), QStringLiteral("4"),
                      QStringLiteral("--follow-up"), QStringLiteral("Post live on Monday"), QStringLiteral("--json")});
    INFO(finished.err.toStdString());
    REQUIRE(finished.exitCode == 0);
    const QJsonObject outcome = finished.json().object().value(QStringLiteral("outcome")).toObject();
    CHECK(outcome.value(QStringLiteral("summary")).toString() == QStringLiteral("Confident now"));
    CHECK(outcome.value(QStringLiteral("readyForLive")).toBool());
    CHECK(outcome.value(QStringLiteral("rating")).toInt() == 4);
    CHECK(outcome.value(QStringLiteral("followUps")).toArray().size() == 1);

    const CliRun listed =
        session(cli, {QStringLiteral("list"), QStringLiteral("--executive"), dana, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array().at(0)[QStringLiteral("state")].toString() == QStringLiteral("finished"));
    const CliRun mine = session(cli, {QStringLiteral("list")});
    REQUIRE(mine.exitCode == 0);
    CHECK(mine.out.contains(id));
}

TEST_CASE("podium session refuses a non-trainer, a second open session and a session that ended", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString sam = addPerson(cli, QStringLiteral("Sam Okafor"), QStringLiteral("delegate"));
    const QString toni = addPerson(cli, QStringLiteral("Toni Reyes"), QStringLiteral("trainer"));

    CHECK(session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana}).exitCode == 2);
    actAs(cli, sam);
    const CliRun refused =
        session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana, QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("practice-session.not-trainer")));

    actAs(cli, toni);
    const CliRun started =
        session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana, QStringLiteral("--json")});
    REQUIRE(started.exitCode == 0);
    const QString id = started.json().object().value(QStringLiteral("id")).toString();
    const CliRun again =
        session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana, QStringLiteral("--json")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("practice-session.already-open")));
    CHECK(session(cli, {QStringLiteral("start"), QStringLiteral("--executive"), dana, QStringLiteral("--minutes"),
                        QStringLiteral("soon")})
              .exitCode == 2);

    CHECK(session(cli, {QStringLiteral("finish"), id}).exitCode == 2);
    REQUIRE(session(cli, {QStringLiteral("cancel"), id}).exitCode == 0);
    const CliRun late = session(cli, {QStringLiteral("note"), id, QStringLiteral("late")});
    CHECK(late.exitCode == 1);
    CHECK(late.err.contains(QStringLiteral("ended")));
}
