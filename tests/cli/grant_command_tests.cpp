#include "cli_people.h"

#include <QJsonArray>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("podium grant add, accept, list and revoke a delegation", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString sam = addPerson(cli, QStringLiteral("Sam Okafor"), QStringLiteral("delegate"));

    actAs(cli, dana);
    const CliRun granted =
        cli.run({QStringLiteral("grant"), QStringLiteral("add"), QStringLiteral("--delegate"), sam,
                 QStringLiteral("--level"), QStringLiteral("editor"), QStringLiteral("--publish-without-approval"),
                 QStringLiteral("--expires"), QStringLiteral("2026-06-30 18:00"), QStringLiteral("--json")});
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    const QJsonObject grant = granted.json().object();
    CHECK(grant.value(QStringLiteral("level")).toString() == QStringLiteral("editor"));
    CHECK(grant.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(grant.value(QStringLiteral("publishWithoutApproval")).toBool());
    CHECK(grant.value(QStringLiteral("expiresAt")).toString() == QStringLiteral("2026-06-30T16:00:00.000Z"));
    const QString id = grant.value(QStringLiteral("id")).toString();

    actAs(cli, sam);
    const CliRun accepted = cli.run({QStringLiteral("grant"), QStringLiteral("accept"), id});
    REQUIRE(accepted.exitCode == 0);
    CHECK(accepted.out.contains(QStringLiteral("in force")));
    const CliRun listed = cli.run({QStringLiteral("grant"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array().at(0)[QStringLiteral("status")].toString() == QStringLiteral("in-force"));

    const CliRun revoked = cli.run({QStringLiteral("grant"), QStringLiteral("revoke"), id, QStringLiteral("--json")});
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("revoked"));
    const CliRun plain = cli.run({QStringLiteral("grant"), QStringLiteral("list")});
    CHECK(plain.out.contains(QStringLiteral("revoked")));
}

TEST_CASE("podium grant refuses bad levels and grants nobody may give", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString sam = addPerson(cli, QStringLiteral("Sam Okafor"), QStringLiteral("delegate"));
    const QString tess = addPerson(cli, QStringLiteral("Tess Trainer"), QStringLiteral("trainer"));
    actAs(cli, dana);
    CHECK(cli.run({QStringLiteral("grant"), QStringLiteral("add"), QStringLiteral("--delegate"), sam,
                   QStringLiteral("--level"), QStringLiteral("owner")})
              .exitCode == 2);
    actAs(cli, tess);
    const CliRun stranger = cli.run({QStringLiteral("grant"), QStringLiteral("add"), QStringLiteral("--delegate"), sam,
                                     QStringLiteral("--executive"), dana, QStringLiteral("--level"),
                                     QStringLiteral("author"), QStringLiteral("--json")});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QStringLiteral("delegation.not-yours")));
}
