#include "cli_people.h"

#include <QFile>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("podium audit export writes the log as CSV to stdout or a file", "[db]")
{
    CliFixture cli;
    const QString dana = addPerson(cli, QStringLiteral("Dana Whitfield"), QStringLiteral("executive"));
    actAs(cli, dana);
    REQUIRE(cli.run({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"),
                     QStringLiteral("=1+1, and \"quotes\"")})
                .exitCode == 0);

    const CliRun exported = cli.run({QStringLiteral("audit"), QStringLiteral("export")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QStringList lines = exported.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("id,occurred_at,actor_id")));
    CHECK(lines.at(1).contains(QStringLiteral(",post.drafted,post,")));
    CHECK(lines.at(1).contains(dana));

    const QString path = cli.directory() + QStringLiteral("/audit.csv");
    const CliRun toFile =
        cli.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--since"),
                 QStringLiteral("2026-03-02T09:30:00Z"), QStringLiteral("--output"), path, QStringLiteral("--json")});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.json().object().value(QStringLiteral("events")).toInt() == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == exported.out);

    const CliRun later = cli.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--since"),
                                  QStringLiteral("2027-01-01 00:00")});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 1);
}
