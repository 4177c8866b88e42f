#include "cli_fixture.h"
#include "command_line.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Podium;
using namespace Podium::Tests;

using Run = CliRun;

TEST_CASE("podium person add then list shows the person as JSON and as text", "[db]")
{
    CliFixture cli;
    const Run added = cli.run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Dana Whitfield"), QStringLiteral("--role"), QStringLiteral("executive"),
                               QStringLiteral("--zone"), QStringLiteral("America/Chicago"), QStringLiteral("--me"),
                               QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject person = added.json().object();
    CHECK(person.value(QStringLiteral("name")).toString() == QStringLiteral("Dana Whitfield"));
    CHECK(person.value(QStringLiteral("role")).toString() == QStringLiteral("executive"));
    CHECK(person.value(QStringLiteral("me")).toBool());

    const Run listed = cli.run({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray people = listed.json().array();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0)[QStringLiteral("id")] == person.value(QStringLiteral("id")));
    CHECK(people.at(0)[QStringLiteral("timeZone")].toString() == QStringLiteral("America/Chicago"));

    const Run plain = cli.run({QStringLiteral("person"), QStringLiteral("list")});
    CHECK(plain.out.contains(QStringLiteral("Dana Whitfield")));
    CHECK(plain.out.contains(QStringLiteral("(you)")));
}

TEST_CASE("podium workspace info reports the backend, schema and people", "[db]")
{
    CliFixture cli;
    REQUIRE(
        cli.run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ann"),
                 QStringLiteral("--role"), QStringLiteral("trainer"), QStringLiteral("--zone"), QStringLiteral("UTC")})
            .exitCode == 0);
    const Run info = cli.run({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = info.json().object();
    CHECK(json.value(QStringLiteral("people")).toInt() == 1);
    CHECK(json.value(QStringLiteral("schemaVersion")).toInt() ==
          json.value(QStringLiteral("latestSchemaVersion")).toInt());
    CHECK(json.value(QStringLiteral("backend")).toString() ==
          (TestDatabase::usesPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
}

TEST_CASE("podium person add with a bad role or zone fails with a message on stderr", "[db]")
{
    CliFixture cli;
    const Run role = cli.run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Ann"), QStringLiteral("--role"), QStringLiteral("ceo")});
    CHECK(role.exitCode == 1);
    CHECK(role.out.isEmpty());
    CHECK(role.err.contains(QStringLiteral("executive, delegate or trainer")));

    const Run zone = cli.run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Ann"), QStringLiteral("--role"), QStringLiteral("executive"),
                              QStringLiteral("--zone"), QStringLiteral("Nowhere/Land"), QStringLiteral("--json")});
    CHECK(zone.exitCode == 1);
    const QJsonObject error =
        QJsonDocument::fromJson(zone.err.toUtf8()).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("time-zone.unknown"));
    CHECK(
        cli.run({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().isEmpty());
}

TEST_CASE("podium reports wrong usage with exit code 2")
{
    CliFixture cli;
    CHECK(cli.run({QStringLiteral("dance")}, false).exitCode == 2);
    CHECK(cli.run({QStringLiteral("person"), QStringLiteral("juggle")}, false).exitCode == 2);
    const Run missingName = cli.run({QStringLiteral("person"), QStringLiteral("add")}, false);
    CHECK(missingName.exitCode == 2);
    CHECK(missingName.err.contains(QStringLiteral("--name")));
}

TEST_CASE("podium with a wrong database URL says so and exits 1")
{
    CliFixture cli;
    const Run run = cli.run({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--database"),
                             QStringLiteral("mysql://db/podium"), QStringLiteral("--json")},
                            false);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("database.url-invalid")));
}

TEST_CASE("CommandLine decides between the window and the command line")
{
    using Cli::CommandLine;
    const auto wants = [](std::initializer_list<const char*> words) {
        QStringList arguments{QStringLiteral("podium")};
        for (const char* word : words)
            arguments << QString::fromLatin1(word);
        return CommandLine::wantsCommandLine(arguments);
    };
    CHECK_FALSE(wants({}));
    CHECK_FALSE(wants({"--database", "/tmp/x.sqlite", "--lang", "de"}));
    CHECK(wants({"--database", "/tmp/x.sqlite", "person", "list"}));
    CHECK(wants({"--version"}));
    CHECK(wants({"--help"}));
    CHECK(wants({"typo"}));
}

TEST_CASE("podium guide list and show print the guides in the chosen language")
{
    CliFixture cli;
    const Run listed = cli.run({QStringLiteral("guide"), QStringLiteral("list"), QStringLiteral("--json")}, false);
    REQUIRE(listed.exitCode == 0);
    const QJsonArray guides = listed.json().array();
    REQUIRE(guides.size() >= 9);
    CHECK(guides.first()[QStringLiteral("tier")].toInt() == 1);

    const Run shown = cli.run(
        {QStringLiteral("guide"), QStringLiteral("show"), QStringLiteral("first-status-update-practice")}, false);
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("1. ")));
    CHECK(shown.out.contains(QStringLiteral("[ ] ")));

    const Run missing = cli.run({QStringLiteral("guide"), QStringLiteral("show"), QStringLiteral("nope")}, false);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("podium guide list")));
}
