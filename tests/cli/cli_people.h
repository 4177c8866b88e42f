#pragma once

#include "cli_fixture.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

namespace Podium::Tests {

/// Adds a person through the command line and returns their id.
inline QString addPerson(CliFixture& cli, const QString& name, const QString& role)
{
    const CliRun added = cli.run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                  QStringLiteral("--role"), role, QStringLiteral("--zone"),
                                  QStringLiteral("Europe/Berlin"), QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.json().object().value(QStringLiteral("id")).toString();
}

/// Says who "me" is for the next commands.
inline void actAs(CliFixture& cli, const QString& personId)
{
    const CliRun me = cli.run({QStringLiteral("person"), QStringLiteral("me"), personId});
    INFO(me.err.toStdString());
    REQUIRE(me.exitCode == 0);
}

/// A delegate with a grant in force from the executive, at `level`.
inline QString grantInForce(CliFixture& cli, const QString& executive, const QString& delegate, const QString& level)
{
    actAs(cli, executive);
    const CliRun granted = cli.run({QStringLiteral("grant"), QStringLiteral("add"), QStringLiteral("--delegate"),
                                    delegate, QStringLiteral("--level"), level, QStringLiteral("--json")});
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    const QString id = granted.json().object().value(QStringLiteral("id")).toString();
    actAs(cli, delegate);
    const CliRun accepted = cli.run({QStringLiteral("grant"), QStringLiteral("accept"), id, QStringLiteral("--json")});
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    REQUIRE(accepted.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("in-force"));
    return id;
}

} // namespace Podium::Tests
