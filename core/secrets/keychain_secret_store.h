#pragma once

#include "secret_store.h"

#include <QString>

#include <qt6keychain/keychain.h>

namespace Podium::Core {

/// Keeps secrets in the operating system's keychain through QtKeychain, and nowhere else.
///
/// On Linux that is the Secret Service (gnome-keyring, KWallet) on the D-Bus session bus; without one,
/// calls fail with SecretStoreUnavailable instead of falling back to a plain-text file. Jobs outlive the
/// store if it is destroyed early: their callbacks still run once.
class KeychainSecretStore : public SecretStore
{
public:
    /// The keychain service every secret of the app is filed under.
    static QString defaultService();

    /// `service` groups the entries in the keychain; tests pass their own so they never meet real ones.
    explicit KeychainSecretStore(QString service = defaultService());

    QString service() const { return m_service; }

    void write(const QString& key, const QString& secret, Done<void> done) override;
    void read(const QString& key, Done<QString> done) override;
    void remove(const QString& key, Done<void> done) override;

    /// The Error for a failed QtKeychain job: `backendText` is its errorString(), which names the missing
    /// D-Bus or Secret Service when there is no keychain. Never holds the secret (QtKeychain never puts it
    /// there).
    static Error errorFor(QKeychain::Error code, const QString& backendText);

private:
    QString m_service;
};

} // namespace Podium::Core
