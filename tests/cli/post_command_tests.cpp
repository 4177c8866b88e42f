#include "cli_people.h"

#include <QJsonArray>

using namespace Podium;
using namespace Podium::Tests;

namespace {

QJsonObject postFrom(const CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.json().object();
}

} // namespace

TEST_CASE("podium post submit, request-changes and approve take a delegate's post to the queue", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString sam = addPerson(cli, QStringLiteral("Sam Okafor"), QStringLiteral("delegate"));
    grantInForce(cli, dana, sam, QStringLiteral("author"));

    // Sam is "me" now: a post created with --at for Dana waits for her approval instead of being queued.
    const QJsonObject created =
        postFrom(cli.run({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--author"), dana,
                          QStringLiteral("--text"), QStringLiteral("Welcome to the new team!"), QStringLiteral("--at"),
                          QStringLiteral("2026-03-03 10:00"), QStringLiteral("--json")}));
    const QString id = created.value(QStringLiteral("id")).toString();
    CHECK(created.value(QStringLiteral("state")).toString() == QStringLiteral("awaiting-approval"));
    CHECK(created.value(QStringLiteral("preparedBy")).toString() == sam);
    CHECK(created.value(QStringLiteral("submittedText")).toString() == QStringLiteral("Welcome to the new team!"));
    CHECK(created.value(QStringLiteral("approveBy")).toString() == QStringLiteral("2026-03-03T08:30:00.000Z"));

    const CliRun selfApproved = cli.run({QStringLiteral("post"), QStringLiteral("approve"), id});
    CHECK(selfApproved.exitCode == 1);
    CHECK(selfApproved.err.contains(QStringLiteral("Only the executive")));

    actAs(cli, dana);
    const QJsonObject changes =
        postFrom(cli.run({QStringLiteral("post"), QStringLiteral("request-changes"), id, QStringLiteral("--comment"),
                          QStringLiteral("Name the team"), QStringLiteral("--json")}));
    CHECK(changes.value(QStringLiteral("state")).toString() == QStringLiteral("changes-requested"));
    CHECK(changes.value(QStringLiteral("reviewComment")).toString() == QStringLiteral("Name the team"));

    actAs(cli, sam);
    const QJsonObject resubmitted =
        postFrom(cli.run({QStringLiteral("post"), QStringLiteral("submit"), id, QStringLiteral("--json")}));
    CHECK(resubmitted.value(QStringLiteral("state")).toString() == QStringLiteral("awaiting-approval"));

    actAs(cli, dana);
    const QJsonObject approved =
        postFrom(cli.run({QStringLiteral("post"), QStringLiteral("approve"), id, QStringLiteral("--text"),
                          QStringLiteral("Welcome to the platform team!"), QStringLiteral("--json")}));
    CHECK(approved.value(QStringLiteral("state")).toString() == QStringLiteral("scheduled"));
    CHECK(approved.value(QStringLiteral("text")).toString() == QStringLiteral("Welcome to the platform team!"));
    CHECK(approved.value(QStringLiteral("submittedText")).toString() == QStringLiteral("Welcome to the new team!"));
    CHECK(approved.value(QStringLiteral("approvedBy")).toString() == dana);
    CHECK(approved.value(QStringLiteral("preparedBy")).toString() == sam);
}

TEST_CASE("podium post keeps a delegate within their grant", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    const QString sam = addPerson(cli, QStringLiteral("Sam Okafor"), QStringLiteral("delegate"));
    actAs(cli, dana);
    const QJsonObject own =
        postFrom(cli.run({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"),
                          QStringLiteral("Mine"), QStringLiteral("--json")}));
    const QString id = own.value(QStringLiteral("id")).toString();

    actAs(cli, sam);
    const CliRun noGrant = cli.run({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--author"), dana,
                                    QStringLiteral("--text"), QStringLiteral("Hi"), QStringLiteral("--json")});
    CHECK(noGrant.exitCode == 1);
    CHECK(noGrant.err.contains(QStringLiteral("delegation.missing")));

    grantInForce(cli, dana, sam, QStringLiteral("reviewer"));
    const CliRun listed = cli.run({QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().array().size() == 1);
    CHECK(cli.run({QStringLiteral("post"), QStringLiteral("show"), id}).exitCode == 0);
    const CliRun cancel = cli.run({QStringLiteral("post"), QStringLiteral("cancel"), id, QStringLiteral("--json")});
    CHECK(cancel.exitCode == 1);
    CHECK(cancel.err.contains(QStringLiteral("delegation.level-too-low")));
}
