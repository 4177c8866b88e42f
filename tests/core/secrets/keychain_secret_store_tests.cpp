// KeychainSecretStore against the real gnome-keyring on a private session bus (the CTest fixture "keyring").
#include "keyring_session.h"
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_store_waiter.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <iostream>

using namespace Podium::Core;
using Podium::Tests::KeyringSession;

namespace {

QString unique(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A store with a service of its own, on the fixture's keyring.
KeychainSecretStore testStore()
{
    KeyringSession::entered();
    return KeychainSecretStore(unique(QStringLiteral("PodiumTests-")));
}

/// Every file below `root` whose bytes contain the secret as UTF-8, UTF-16 or Base64 (how QSettings and
/// QtKeychain's plain-text fallback would write it).
QStringList filesContaining(const QString& root, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    const QList<QByteArray> needles = {utf8, utf16, utf8.toBase64()};
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray& needle : needles) {
            if (bytes.contains(needle)) {
                found << path;
                break;
            }
        }
    }
    return found;
}

int fileCount(const QString& root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

/// A unix socket file that nobody listens on: connecting to it is refused, like a crashed session bus.
QString deadSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    REQUIRE(native.size() < static_cast<int>(sizeof(address.sun_path)));
    std::memcpy(address.sun_path, native.constData(), native.size());
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    ::close(fd);
    return QStringLiteral("unix:path=") + path;
}

struct ProbeRun
{
    QHash<QString, QString> values;
    qint64 wallMs = 0;
};

/// Runs keychain_probe in a clean environment: no display, no desktop, HOME and runtime folder in `home`,
/// and the bus address given (none when empty).
ProbeRun runProbe(const QString& home, const QString& busAddress, const QString& secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "DBUS_STARTER_ADDRESS",
                             "DBUS_STARTER_BUS_TYPE", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    probe.start(QStringLiteral(KEYCHAIN_PROBE),
                {QStringLiteral("PodiumTests-probe"), QStringLiteral("account/probe"), secret});
    const bool finished = probe.waitForFinished(30000);
    ProbeRun run;
    run.wallMs = clock.elapsed();
    if (!finished) {
        probe.kill();
        probe.waitForFinished();
        FAIL("keychain_probe did not finish within 30 s");
    }
    REQUIRE(probe.exitStatus() == QProcess::NormalExit);
    REQUIRE(probe.exitCode() == 0);
    for (const QByteArray& line : probe.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.contains(QLatin1Char('=')))
            run.values.insert(text.section(QLatin1Char('='), 0, 0), text.section(QLatin1Char('='), 1));
    }
    return run;
}

void requireNoKeychain(const ProbeRun& run, const QString& home, const QString& secret)
{
    INFO("write detail: " << run.values.value(QStringLiteral("write_detail")).toStdString());
    INFO("read detail: " << run.values.value(QStringLiteral("read_detail")).toStdString());
    CHECK(run.values.value(QStringLiteral("write")) == QStringLiteral("secret-store.unavailable"));
    CHECK(run.values.value(QStringLiteral("read")) == QStringLiteral("secret-store.unavailable"));
    // The backend's own words, not the waiter's timeout: the answer came, and quickly.
    CHECK_FALSE(run.values.value(QStringLiteral("write_detail")).isEmpty());
    CHECK_FALSE(run.values.value(QStringLiteral("write_detail")).contains(QLatin1String("did not answer")));
    CHECK_FALSE(run.values.value(QStringLiteral("write_detail")).contains(secret));
    CHECK(run.values.value(QStringLiteral("write_ms")).toLongLong() < 5000);
    CHECK(run.wallMs < 10000);
    CHECK(filesContaining(home, secret).isEmpty());
    std::cout << "no keychain answered in " << run.values.value(QStringLiteral("write_ms")).toStdString()
              << " ms: " << run.values.value(QStringLiteral("write_detail")).toStdString() << "\n";
}

} // namespace

TEST_CASE("KeychainSecretStore reads back the secret it wrote to gnome-keyring", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);
    const QString key = unique(QStringLiteral("account/"));

    QElapsedTimer clock;
    clock.start();
    REQUIRE(waiter.write(key, QStringLiteral("token-abc123")));
    const Result<QString> read = waiter.read(key);
    const qint64 roundTripMs = clock.elapsed();

    REQUIRE(read);
    CHECK(*read == QStringLiteral("token-abc123"));
    CHECK(roundTripMs < 2000);
    std::cout << "keychain write+read round trip: " << roundTripMs << " ms\n";
    REQUIRE(waiter.remove(key));
}

TEST_CASE("KeychainSecretStore replaces a secret written twice under one key", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);
    const QString key = unique(QStringLiteral("account/"));

    REQUIRE(waiter.write(key, QStringLiteral("first")));
    REQUIRE(waiter.write(key, QStringLiteral("second")));

    const Result<QString> read = waiter.read(key);
    REQUIRE(read);
    CHECK(*read == QStringLiteral("second"));
    REQUIRE(waiter.remove(key));
}

TEST_CASE("KeychainSecretStore reports SecretNotFound for a key never written", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);

    const Result<QString> read = waiter.read(unique(QStringLiteral("account/")));
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::SecretNotFound);
}

TEST_CASE("KeychainSecretStore forgets a removed secret", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);
    const QString key = unique(QStringLiteral("account/"));
    REQUIRE(waiter.write(key, QStringLiteral("soon gone")));

    REQUIRE(waiter.remove(key));

    const Result<QString> read = waiter.read(key);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::SecretNotFound);
}

TEST_CASE("KeychainSecretStore removes a key that holds nothing without complaint", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);

    const Result<void> removed = waiter.remove(unique(QStringLiteral("account/")));
    INFO((removed ? std::string() : removed.error().detail.toStdString()));
    CHECK(removed);
}

TEST_CASE("KeychainSecretStore keeps unicode and long secrets intact", "[keychain]")
{
    KeychainSecretStore store = testStore();
    SecretStoreWaiter waiter(store);
    const QString key = unique(QStringLiteral("account/"));
    const QString unicode = QStringLiteral(" Grüße, 東京, مرحبا, 🔑🚀 \"quoted\" 'single' \\ back\tslash\nnew line ");
    QString longSecret;
    while (longSecret.size() < 64 * 1024)
        longSecret += QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("é€😀");

    REQUIRE(waiter.write(key, unicode));
    const Result<QString> readUnicode = waiter.read(key);
    REQUIRE(readUnicode);
    CHECK(*readUnicode == unicode);

    REQUIRE(waiter.write(key, longSecret));
    const Result<QString> readLong = waiter.read(key);
    REQUIRE(readLong);
    CHECK(readLong->size() == longSecret.size());
    CHECK(*readLong == longSecret);
    REQUIRE(waiter.remove(key));
}

TEST_CASE("KeychainSecretStore with another service name does not see the keys", "[keychain]")
{
    KeychainSecretStore first = testStore();
    KeychainSecretStore second = testStore();
    REQUIRE(first.service() != second.service());
    SecretStoreWaiter firstWaiter(first);
    SecretStoreWaiter secondWaiter(second);
    const QString key = QStringLiteral("account/shared-key");

    REQUIRE(firstWaiter.write(key, QStringLiteral("first's secret")));
    const Result<QString> fromSecond = secondWaiter.read(key);
    REQUIRE_FALSE(fromSecond);
    CHECK(fromSecond.error().code == ErrorCode::SecretNotFound);

    REQUIRE(secondWaiter.write(key, QStringLiteral("second's secret")));
    REQUIRE(secondWaiter.remove(key));
    const Result<QString> fromFirst = firstWaiter.read(key);
    REQUIRE(fromFirst);
    CHECK(*fromFirst == QStringLiteral("first's secret"));
    REQUIRE(firstWaiter.remove(key));
}

TEST_CASE("KeychainSecretStore never writes the secret into a file in plain text", "[keychain]")
{
    KeychainSecretStore store = testStore();
    const KeyringSession& session = KeyringSession::entered();
    SecretStoreWaiter waiter(store);
    const QString key = unique(QStringLiteral("account/"));
    const QString secret = unique(QStringLiteral("plain-text-canary-"));

    REQUIRE(waiter.write(key, secret));
    REQUIRE(waiter.read(key));

    // gnome-keyring wrote its (encrypted) keyring below the same HOME, so the scan does look at real files.
    CHECK(QFile::exists(session.home + QStringLiteral("/.local/share/keyrings/login.keyring")));
    CHECK(fileCount(session.home) > 0);
    CHECK(filesContaining(session.home, secret).isEmpty());
    CHECK(filesContaining(session.home + QStringLiteral("/.config"), secret).isEmpty());
    REQUIRE(waiter.remove(key));
}

TEST_CASE("KeychainSecretStore answers later from the event loop, exactly once", "[keychain]")
{
    KeychainSecretStore store = testStore();
    const QString key = unique(QStringLiteral("account/"));
    bool inCall = true;
    int answers = 0;
    bool answeredInCall = false;
    QEventLoop loop;

    store.write(key, QStringLiteral("once"), [&](const Result<void>& result) {
        CHECK(result);
        answeredInCall = answeredInCall || inCall;
        ++answers;
        loop.quit();
    });
    inCall = false;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    // Give a second answer every chance to arrive.
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();

    CHECK_FALSE(answeredInCall);
    CHECK(answers == 1);
    REQUIRE(SecretStoreWaiter(store).remove(key));
}

TEST_CASE("KeychainSecretStore still answers when destroyed before the keychain did", "[keychain]")
{
    KeyringSession::entered();
    int answers = 0;
    QEventLoop loop;
    {
        KeychainSecretStore store(unique(QStringLiteral("PodiumTests-")));
        store.read(QStringLiteral("account/none"), [&](const Result<QString>& result) {
            CHECK(result.error().code == ErrorCode::SecretNotFound);
            ++answers;
            loop.quit();
        });
    }
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(answers == 1);
}

TEST_CASE("KeychainSecretStore fails with SecretStoreUnavailable when the session bus is dead", "[keychain]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString secret = unique(QStringLiteral("dead-bus-canary-"));

    const ProbeRun run = runProbe(home.path(), deadSocket(home.filePath(QStringLiteral("bus"))), secret);

    requireNoKeychain(run, home.path(), secret);
}

TEST_CASE("KeychainSecretStore fails with SecretStoreUnavailable without a session bus or display", "[keychain]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString secret = unique(QStringLiteral("no-bus-canary-"));

    const ProbeRun run = runProbe(home.path(), QString(), secret);

    requireNoKeychain(run, home.path(), secret);
    // Not even a settings file or folder appears: nothing at all was written for the failed secret.
    CHECK(fileCount(home.path()) == 0);
}

TEST_CASE("KeychainSecretStore sorts QtKeychain failures into not found, unavailable and failed", "[keychain]")
{
    const auto codeOf = [](QKeychain::Error error, const char* text) {
        return KeychainSecretStore::errorFor(error, QLatin1String(text)).code;
    };
    CHECK(codeOf(QKeychain::EntryNotFound, "No match") == ErrorCode::SecretNotFound);
    CHECK(codeOf(QKeychain::NoBackendAvailable, "No keychain service available") == ErrorCode::SecretStoreUnavailable);
    CHECK(codeOf(QKeychain::OtherError, "Cannot autolaunch D-Bus without X11 $DISPLAY") ==
          ErrorCode::SecretStoreUnavailable);
    CHECK(codeOf(QKeychain::OtherError, "The name org.freedesktop.secrets was not provided by any .service files") ==
          ErrorCode::SecretStoreUnavailable);
    CHECK(codeOf(QKeychain::OtherError, "No such interface 'org.freedesktop.Secret.Collection'") ==
          ErrorCode::SecretStoreUnavailable);
    CHECK(codeOf(QKeychain::OtherError, "Unknown error") == ErrorCode::SecretStoreFailed);
    CHECK(codeOf(QKeychain::AccessDenied, "Access to keychain denied") == ErrorCode::SecretStoreFailed);
    CHECK(codeOf(QKeychain::AccessDeniedByUser, "Cancelled") == ErrorCode::SecretStoreFailed);
    CHECK(codeOf(QKeychain::CouldNotDeleteEntry, "Could not delete") == ErrorCode::SecretStoreFailed);
    const Error unavailable = KeychainSecretStore::errorFor(QKeychain::NoBackendAvailable, QStringLiteral("why"));
    CHECK(unavailable.detail == QStringLiteral("why"));
}
