#pragma once

#include <QString>

namespace Podium::Tests {

/// The private Secret Service the CTest fixture "keyring" started (tests/support/keyring-session.sh).
struct KeyringSession
{
    QString busAddress;
    /// The HOME gnome-keyring and this process write into: the place to look for leaked secrets.
    QString home;
    QString runtimeDir;

    /// Reads the env file named by PODIUM_TEST_KEYRING_ENV (or the one compiled in) and FAILs the test, never
    /// skips it, when the fixture did not run or its bus is gone.
    static KeyringSession fromEnvironment();

    /// Points this process at the session's bus and HOME. Must run before the first keychain call: Qt D-Bus
    /// and libsecret connect to the session bus once, lazily, and keep that connection.
    void enter() const;

    /// The session from fromEnvironment(), entered once per process.
    static const KeyringSession& entered();
};

} // namespace Podium::Tests
