#pragma once

#include "secret_store.h"

#include <QString>

namespace Podium::Core {

/// Waits for a SecretStore's answers on a local event loop, for the command line.
///
/// SecretStore is asynchronous so the window never freezes, but a command-line command runs start to end
/// and has nothing else to do meanwhile. A keychain that never answers (a hung D-Bus peer) counts as
/// SecretStoreUnavailable after the timeout, so a command cannot hang for ever.
class SecretStoreWaiter
{
public:
    static constexpr int defaultTimeoutMs = 10000;

    explicit SecretStoreWaiter(SecretStore& store, int timeoutMs = defaultTimeoutMs);

    Result<void> write(const QString& key, const QString& secret);
    Result<QString> read(const QString& key);
    Result<void> remove(const QString& key);

private:
    template <typename T, typename Call>
    Result<T> wait(Call call);

    SecretStore& m_store;
    int m_timeoutMs;
};

} // namespace Podium::Core
