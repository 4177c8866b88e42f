#include "test_database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
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

TEST_CASE("The podium binary schedules a practice post and publishes it with publish --once", "[db]")
{
    QTemporaryDir home;
    TestDatabase database;
    const auto podium = [&](QStringList arguments) {
        arguments.prepend(database.url());
        arguments.prepend(QStringLiteral("--database"));
        return runPodium(arguments, home.path());
    };
    const auto json = [](const Finished& finished) {
        INFO(finished.err.toStdString());
        REQUIRE(finished.exitCode == 0);
        return QJsonDocument::fromJson(finished.out.toUtf8());
    };
    json(podium({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Dana"),
                 QStringLiteral("--role"), QStringLiteral("executive"), QStringLiteral("--zone"),
                 QStringLiteral("Europe/Berlin"), QStringLiteral("--me")}));
    const QJsonObject created = json(podium({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"),
                                             QStringLiteral("Thank you all for a great quarter."),
                                             QStringLiteral("--now"), QStringLiteral("--json")}))
                                    .object();
    CHECK(created.value(QStringLiteral("state")).toString() == QStringLiteral("scheduled"));
    CHECK(created.value(QStringLiteral("practice")).toBool());
    const QString id = created.value(QStringLiteral("id")).toString();

    const QJsonObject summary =
        json(podium({QStringLiteral("publish"), QStringLiteral("--once"), QStringLiteral("--json")})).object();
    CHECK(summary.value(QStringLiteral("published")).toInt() == 1);

    const QJsonObject shown =
        json(podium({QStringLiteral("post"), QStringLiteral("show"), id, QStringLiteral("--json")})).object();
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("published"));
    CHECK(shown.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("podium-practice:")));
    // Drafted and submitted (the executive's own post is scheduled at once), then claimed and published.
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 4);
    CHECK(history.at(0)[QStringLiteral("action")].toString() == QStringLiteral("post.drafted"));
    CHECK(history.at(1)[QStringLiteral("action")].toString() == QStringLiteral("post.scheduled"));
    CHECK(history.at(3)[QStringLiteral("action")].toString() == QStringLiteral("post.published"));

    // Published posts cannot be cancelled; the queue shows the count.
    const Finished cancel = podium({QStringLiteral("post"), QStringLiteral("cancel"), id});
    CHECK(cancel.exitCode == 1);
    CHECK(cancel.err.contains(QStringLiteral("post.state-invalid")));
    const QJsonObject queue = json(podium({QStringLiteral("queue"), QStringLiteral("--json")})).object();
    CHECK(queue.value(QStringLiteral("counts")).toObject().value(QStringLiteral("published")).toInt() == 1);
}

TEST_CASE("The podium binary refuses a time in a DST gap and names the valid choices")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("w.sqlite"));
    REQUIRE(runPodium({QStringLiteral("--database"), db, QStringLiteral("person"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("Dana"), QStringLiteral("--role"),
                       QStringLiteral("executive"), QStringLiteral("--me")},
                      home.path())
                .exitCode == 0);
    const Finished gap = runPodium({QStringLiteral("--database"), db, QStringLiteral("post"), QStringLiteral("create"),
                                    QStringLiteral("--text"), QStringLiteral("Spring"), QStringLiteral("--at"),
                                    QStringLiteral("2027-03-28 02:30"), QStringLiteral("--zone"),
                                    QStringLiteral("Europe/Berlin"), QStringLiteral("--json")},
                                   home.path());
    CHECK(gap.exitCode == 1);
    const QJsonObject error =
        QJsonDocument::fromJson(gap.err.toUtf8()).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("time.in-dst-gap"));
    CHECK(error.value(QStringLiteral("detail")).toString() ==
          QStringLiteral("2027-03-28T03:00:00+02:00 or 2027-03-28T03:30:00+02:00"));
}

TEST_CASE("The podium binary checks a post before queueing it and keeps nothing it refused")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("w.sqlite"));
    const auto podium = [&](QStringList arguments) {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--database"));
        return runPodium(arguments, home.path());
    };
    REQUIRE(podium({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Dana"),
                    QStringLiteral("--role"), QStringLiteral("executive"), QStringLiteral("--me")})
                .exitCode == 0);

    // The sandbox counts as Mastodon does: 500 characters.
    const Finished tooLong =
        podium({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"),
                QString(501, QLatin1Char('a')), QStringLiteral("--now"), QStringLiteral("--json")});
    CHECK(tooLong.exitCode == 1);
    const QJsonObject error =
        QJsonDocument::fromJson(tooLong.err.toUtf8()).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("platform.text-too-long"));
    CHECK(error.value(QStringLiteral("detail")).toString() == QStringLiteral("501 of 500"));

    // A draft is not checked yet: it may still be edited down.
    CHECK(podium({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"),
                  QString(501, QLatin1Char('a'))})
              .exitCode == 0);
    const Finished handOff =
        podium({QStringLiteral("post"), QStringLiteral("create"), QStringLiteral("--text"), QStringLiteral("Hi"),
                QStringLiteral("--at"), QStringLiteral("2030-01-07 09:00"), QStringLiteral("--hand-off")});
    CHECK(handOff.exitCode == 2);
    CHECK(handOff.err.contains(QStringLiteral("--hand-off needs --at and a live --account")));

    const QJsonObject queue =
        QJsonDocument::fromJson(podium({QStringLiteral("queue"), QStringLiteral("--json")}).out.toUtf8()).object();
    const QJsonObject counts = queue.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("scheduled")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("draft")).toInt() == 1);
}
