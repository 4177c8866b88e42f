#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace Podium::Core {

/// Keeps credentials (tokens, application passwords) outside the database, under opaque keys.
///
/// Keys are strings such as "account/<uuid>"; the store never interprets them. Every call is asynchronous
/// like Platform: `done` runs exactly once, later, from the event loop (never inside the call itself).
/// Errors: SecretNotFound (no secret under that key), SecretStoreUnavailable (no keychain on this machine
/// or session: everything that needs no secret keeps working) and SecretStoreFailed (the keychain refused
/// or broke). Error::detail never holds a secret.
class SecretStore
{
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    virtual ~SecretStore() = default;

    /// Stores `secret` under `key`, replacing any earlier secret.
    virtual void write(const QString& key, const QString& secret, Done<void> done) = 0;
    virtual void read(const QString& key, Done<QString> done) = 0;
    /// Forgets the secret under `key`; removing a key that holds nothing succeeds.
    virtual void remove(const QString& key, Done<void> done) = 0;
};

} // namespace Podium::Core
