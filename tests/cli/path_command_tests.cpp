#include "cli_people.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Podium;
using namespace Podium::Tests;

namespace {

QJsonObject milestone(const QJsonObject& path, const QString& id)
{
    for (const QJsonValue& value : path.value(QStringLiteral("milestones")).toArray())
        if (value[QStringLiteral("id")].toString() == id)
            return value.toObject();
    FAIL("no milestone " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("podium path show prints a newcomer's tiers, milestones and next step", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    actAs(cli, dana);

    const CliRun shown = cli.run({QStringLiteral("path"), QStringLiteral("show"), QStringLiteral("--json")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject path = shown.json().object();
    CHECK(path.value(QStringLiteral("person")).toString() == dana);
    // Without a live account, what counts is practice.
    CHECK(path.value(QStringLiteral("track")).toString() == QStringLiteral("practice"));
    CHECK(path.value(QStringLiteral("currentTier")).toInt() == 1);
    CHECK(path.value(QStringLiteral("style")).isNull());
    REQUIRE(path.value(QStringLiteral("tiers")).toArray().size() == 3);
    CHECK(path.value(QStringLiteral("tiers")).toArray().at(1)[QStringLiteral("unlocked")].toBool() == false);
    CHECK(path.value(QStringLiteral("milestones")).toArray().size() == 9);
    const QJsonObject rhythm = milestone(path, QStringLiteral("status-rhythm"));
    CHECK_FALSE(rhythm.value(QStringLiteral("met")).toBool());
    CHECK(rhythm.value(QStringLiteral("windowDays")).toInt() == 14);
    CHECK(rhythm.value(QStringLiteral("targets")).toArray().at(0)[QStringLiteral("needed")].toInt() == 3);
    CHECK(path.value(QStringLiteral("nextMilestone")).toString() == QStringLiteral("profile-checklist"));
    const QJsonObject next = path.value(QStringLiteral("nextStep")).toObject();
    CHECK(next.value(QStringLiteral("id")).toString() == QStringLiteral("checklist:profile-checklist"));
    CHECK(next.value(QStringLiteral("kind")).toString() == QStringLiteral("profile-checklist"));
    CHECK(path.value(QStringLiteral("alsoToday")).toArray().size() <= 3);

    CHECK(cli.run({QStringLiteral("path"), QStringLiteral("show")})
              .out.contains(QStringLiteral("Dana Whitfield: practice path, tier 1 of 3")));
    const CliRun plain = cli.run({QStringLiteral("path"), QStringLiteral("show"), QStringLiteral("--live")});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("Dana Whitfield: live path, tier 1 of 3")));
    CHECK(plain.out.contains(QStringLiteral("[ ] Find your rhythm")));
    CHECK(plain.out.contains(QStringLiteral("0 of 3 status in 14 days")));
    CHECK(plain.out.contains(QStringLiteral("Next: Complete your profile")));
}

TEST_CASE("podium path tick and style move the path and show the style", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    actAs(cli, dana);
    for (const QString& item : {QStringLiteral("photo"), QStringLiteral("title"), QStringLiteral("bio"),
                                QStringLiteral("location"), QStringLiteral("contact")})
        REQUIRE(cli.run({QStringLiteral("path"), QStringLiteral("tick"), item}).exitCode == 0);
    const CliRun unknown =
        cli.run({QStringLiteral("path"), QStringLiteral("tick"), QStringLiteral("tattoo"), QStringLiteral("--json")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("path.checklist-item-unknown")));

    REQUIRE(cli.run({QStringLiteral("path"), QStringLiteral("style"), QStringLiteral("needs-reminders")}).exitCode ==
            0);
    const CliRun bad =
        cli.run({QStringLiteral("path"), QStringLiteral("style"), QStringLiteral("shy"), QStringLiteral("--json")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("path.style-unknown")));

    const CliRun shown = cli.run({QStringLiteral("path"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject path = shown.json().object();
    CHECK(path.value(QStringLiteral("style")).toString() == QStringLiteral("needs-reminders"));
    CHECK(milestone(path, QStringLiteral("profile-checklist")).value(QStringLiteral("met")).toBool());
    const QJsonObject next = path.value(QStringLiteral("nextStep")).toObject();
    CHECK(next.value(QStringLiteral("id")).toString() == QStringLiteral("compose:first-status-update"));
    CHECK(next.value(QStringLiteral("postKind")).toString() == QStringLiteral("status"));
    CHECK_FALSE(next.value(QStringLiteral("remindAt")).toString().isEmpty());
    CHECK_FALSE(
        next.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("prompt")).toString().isEmpty());
}

TEST_CASE("podium path unlock opens a tier when a trainer asks, and refuses anyone else", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString tess = addPerson(cli, QStringLiteral("Tess Moreau"), QStringLiteral("trainer"));

    actAs(cli, dana);
    const CliRun refused = cli.run({QStringLiteral("path"), QStringLiteral("unlock"), QStringLiteral("--person"), dana,
                                    QStringLiteral("--tier"), QStringLiteral("2"), QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("path.not-trainer")));

    actAs(cli, tess);
    const CliRun unlocked = cli.run({QStringLiteral("path"), QStringLiteral("unlock"), QStringLiteral("--person"), dana,
                                     QStringLiteral("--tier"), QStringLiteral("2"), QStringLiteral("--json")});
    INFO(unlocked.err.toStdString());
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.json().object().value(QStringLiteral("tier")).toInt() == 2);
    CHECK(unlocked.json().object().value(QStringLiteral("unlockedBy")).toString() == tess);

    const CliRun invalid = cli.run({QStringLiteral("path"), QStringLiteral("unlock"), QStringLiteral("--person"), dana,
                                    QStringLiteral("--tier"), QStringLiteral("9"), QStringLiteral("--json")});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("path.tier-invalid")));
    CHECK(cli.run({QStringLiteral("path"), QStringLiteral("unlock"), QStringLiteral("--person"), dana,
                   QStringLiteral("--tier"), QStringLiteral("two")})
              .exitCode == 2);

    const CliRun shown = cli.run({QStringLiteral("path"), QStringLiteral("show"), QStringLiteral("--person"), dana,
                                  QStringLiteral("--practice"), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(QStringLiteral("track")).toString() == QStringLiteral("practice"));
    CHECK(shown.json().object().value(QStringLiteral("currentTier")).toInt() == 2);

    const CliRun audit = cli.run({QStringLiteral("audit"), QStringLiteral("export")});
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.contains(QStringLiteral("path.tier-unlocked")));
}

TEST_CASE("podium path show needs to know whose path", "[db]")
{
    CliFixture cli;
    addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    CHECK(cli.run({QStringLiteral("path"), QStringLiteral("show")}).exitCode == 2);
    const CliRun missing = cli.run({QStringLiteral("path"), QStringLiteral("show"), QStringLiteral("--person"),
                                    QStringLiteral("nobody"), QStringLiteral("--json")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("person.not-found")));
}

TEST_CASE("podium path load gives the workspace a trainer's path, refuses a broken one, and reset undoes it", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString tess = addPerson(cli, QStringLiteral("Tess Moreau"), QStringLiteral("trainer"));
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("path.json"));
    REQUIRE(QFile::copy(QStringLiteral(":/podium/path/path.json"), good));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"tiers\": [");
    file.close();

    actAs(cli, dana);
    const CliRun refused = cli.run({QStringLiteral("path"), QStringLiteral("load"), good});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("path.change-not-trainer")));

    actAs(cli, tess);
    const CliRun bad = cli.run({QStringLiteral("path"), QStringLiteral("load"), broken});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("path.definition-malformed")));
    const CliRun missing =
        cli.run({QStringLiteral("path"), QStringLiteral("load"), dir.filePath(QStringLiteral("no"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("path.definition-malformed")));
    CHECK(cli.run({QStringLiteral("path"), QStringLiteral("load")}).exitCode == 2);

    const CliRun loaded = cli.run({QStringLiteral("path"), QStringLiteral("load"), good, QStringLiteral("--json")});
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.json().object().value(QStringLiteral("tiers")).toInt() == 3);
    CHECK(loaded.json().object().value(QStringLiteral("milestones")).toInt() == 9);
    REQUIRE(cli.run({QStringLiteral("path"), QStringLiteral("reset")}).exitCode == 0);

    const CliRun audit = cli.run({QStringLiteral("audit"), QStringLiteral("export")});
    CHECK(audit.out.contains(QStringLiteral("path.definition-loaded")));
    CHECK(audit.out.contains(QStringLiteral("path.definition-reset")));
}
