#include "contract_client.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using namespace Podium::Tests;

TEST_CASE("contract server executable prints its URL and serves until terminated")
{
    QProcess process;
    process.start(QStringLiteral(PODIUM_CONTRACT_SERVER_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), QStringLiteral("secret"),
                   QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--fault-ratio"),
                   QStringLiteral("0")});
    REQUIRE(process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(5000))
        line += process.readAllStandardOutput();
    REQUIRE(line.startsWith("listening http://127.0.0.1:"));
    const QUrl url(QString::fromUtf8(line.mid(int(qstrlen("listening "))).trimmed()));
    REQUIRE(url.port() > 0);

    ContractClient client(url, QStringLiteral("secret"));
    CHECK(client.get(QStringLiteral("/api/v2/instance")).status == 200);
    CHECK(client.post(QStringLiteral("/api/v1/statuses"), "status=hello", "application/x-www-form-urlencoded", "k")
              .status == 200);
    const QJsonArray statuses =
        client.get(QStringLiteral("/__contract/statuses")).json().object().value(QStringLiteral("statuses")).toArray();
    REQUIRE(statuses.size() == 1);
    CHECK(statuses.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("hello"));

    process.terminate();
    REQUIRE(process.waitForFinished(5000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}
