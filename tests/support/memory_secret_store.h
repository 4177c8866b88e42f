#pragma once

#include "secrets/secret_store.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Podium::Tests {

/// A fake SecretStore in memory, for tests of code that needs secrets but not the real keychain.
///
/// Keeps the async contract (answers later, from the event loop, exactly once), can pretend there is no
/// keychain at all, and counts calls so tests can prove a secret was or was not asked for.
class MemorySecretStore : public Core::SecretStore
{
public:
    void write(const QString& key, const QString& secret, Done<void> done) override;
    void read(const QString& key, Done<QString> done) override;
    void remove(const QString& key, Done<void> done) override;

    /// While unavailable every call fails with SecretStoreUnavailable and the stored secrets stay as they were.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool isUnavailable() const { return m_unavailable; }

    int writeCount() const { return m_writes; }
    int readCount() const { return m_reads; }
    int removeCount() const { return m_removes; }
    int callCount() const { return m_writes + m_reads + m_removes; }

    /// Synchronous peeks for assertions; they are not counted as calls.
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QString secret(const QString& key) const { return m_secrets.value(key); }
    QStringList keys() const;

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    int m_writes = 0;
    int m_reads = 0;
    int m_removes = 0;
};

} // namespace Podium::Tests
