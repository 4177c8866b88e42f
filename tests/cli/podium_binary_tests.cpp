#include "test_database.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using Podium::Tests::TestDatabase;

namespace {

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real binary with no display and a private home, as a script on a server would.
Finished runPodium(const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PODIUM_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    return Finished{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("The podium binary runs commands without a display")
{
    QTemporaryDir home;
    const Finished version = runPodium({QStringLiteral("--version")}, home.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("Podium ")));

    const Finished help = runPodium({QStringLiteral("--help")}, home.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("person add")));
}

TEST_CASE("The podium binary keeps its default workspace in the user's data folder")
{
    QTemporaryDir home;
    const Finished added = runPodium({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                      QStringLiteral("Mia Chen"), QStringLiteral("--role"), QStringLiteral("delegate"),
                                      QStringLiteral("--zone"), QStringLiteral("Asia/Singapore")},
                                     home.path());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Finished info =
        runPodium({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")}, home.path());
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("location")).toString() ==
          home.path() + QStringLiteral("/data/Podium/Podium/podium.sqlite"));
    CHECK(json.value(QStringLiteral("people")).toInt() == 1);
}

TEST_CASE("The podium binary prints errors on stderr with a non-zero exit code")
{
    QTemporaryDir home;
    const Finished failed = runPodium(
        {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--database"), home.path()}, home.path());
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.isEmpty());
    CHECK(failed.err.contains(QStringLiteral("cannot open or create")));
}
