#include "keyring_session.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

namespace Podium::Tests {

namespace {

QString unquoted(const QString& value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

KeyringSession KeyringSession::fromEnvironment()
{
    const QString path =
        qEnvironmentVariable("PODIUM_TEST_KEYRING_ENV", QStringLiteral(PODIUM_TEST_KEYRING_ENV_DEFAULT));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        FAIL("PODIUM_TEST_KEYRING_ENV must name the env file written by tests/support/keyring-session.sh start "
             "(got '"
             << path.toStdString() << "'): run the tests through ctest so the keyring fixture starts");
    KeyringSession session;
    QString root;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = unquoted(text.section(QLatin1Char('='), 1));
        if (key == QLatin1String("DBUS_SESSION_BUS_ADDRESS"))
            session.busAddress = value;
        else if (key == QLatin1String("KEYRING_HOME"))
            session.home = value;
        else if (key == QLatin1String("KEYRING_ROOT"))
            root = value;
    }
    session.runtimeDir = root + QStringLiteral("/run");
    if (session.busAddress.isEmpty() || session.home.isEmpty())
        FAIL("the keyring env file " << path.toStdString() << " has no bus address: the fixture failed to start");
    if (!QFileInfo::exists(session.runtimeDir + QStringLiteral("/bus")))
        FAIL("the keyring fixture's bus socket is gone (" << session.runtimeDir.toStdString() << "/bus)");
    return session;
}

void KeyringSession::enter() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress.toUtf8());
    qputenv("XDG_RUNTIME_DIR", runtimeDir.toUtf8());
    // A plain-text fallback would write below HOME (QSettings, QStandardPaths' test folders), so HOME is the
    // session's, where the tests can look for it.
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
}

const KeyringSession& KeyringSession::entered()
{
    static const KeyringSession session = [] {
        KeyringSession found = fromEnvironment();
        found.enter();
        return found;
    }();
    return session;
}

} // namespace Podium::Tests
