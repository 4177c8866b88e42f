#include "cli_fixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Podium::Tests;

TEST_CASE("podium guide list shows only a milestone's guides with --milestone, and names the milestone")
{
    CliFixture cli;
    const CliRun listed = cli.run({QStringLiteral("guide"), QStringLiteral("list"), QStringLiteral("--milestone"),
                                   QStringLiteral("follow-colleagues"), QStringLiteral("--json")},
                                  false);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray guides = listed.json().array();
    REQUIRE(guides.size() == 2);
    for (const QJsonValue& guide : guides)
        CHECK(guide[QStringLiteral("milestone")].toString() == QStringLiteral("follow-colleagues"));

    const CliRun plain = cli.run(
        {QStringLiteral("guide"), QStringLiteral("list"), QStringLiteral("--milestone"), QStringLiteral("first-reply")},
        false);
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("replying-to-comments")));
    CHECK(plain.out.contains(QStringLiteral("(first-reply)")));
    CHECK_FALSE(plain.out.contains(QStringLiteral("profile-checklist")));

    const CliRun none = cli.run({QStringLiteral("guide"), QStringLiteral("list"), QStringLiteral("--milestone"),
                                 QStringLiteral("no-such-milestone"), QStringLiteral("--json")},
                                false);
    REQUIRE(none.exitCode == 0);
    CHECK(none.json().array().isEmpty());
}
