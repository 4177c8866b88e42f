#include "memory_secret_store.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <utility>

namespace Podium::Tests {

namespace {

// The answer is decided when the call is made (so calls keep their order) and handed over from the event
// loop, like the real keychain; posting to the application keeps it alive even if the store goes first.
template <typename T>
void later(Core::SecretStore::Done<T> done, Core::Result<T> result)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

Core::Error unavailable()
{
    return Core::Error{Core::ErrorCode::SecretStoreUnavailable,
                       QStringLiteral("fake keychain switched to unavailable")};
}

} // namespace

void MemorySecretStore::write(const QString& key, const QString& secret, Done<void> done)
{
    ++m_writes;
    if (m_unavailable)
        return later<void>(std::move(done), unavailable());
    m_secrets.insert(key, secret);
    later<void>(std::move(done), {});
}

void MemorySecretStore::read(const QString& key, Done<QString> done)
{
    ++m_reads;
    if (m_unavailable)
        return later<QString>(std::move(done), unavailable());
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return later<QString>(std::move(done),
                              Core::Error{Core::ErrorCode::SecretNotFound, QStringLiteral("no secret under ") + key});
    later<QString>(std::move(done), *found);
}

void MemorySecretStore::remove(const QString& key, Done<void> done)
{
    ++m_removes;
    if (m_unavailable)
        return later<void>(std::move(done), unavailable());
    m_secrets.remove(key);
    later<void>(std::move(done), {});
}

QStringList MemorySecretStore::keys() const
{
    QStringList keys = m_secrets.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace Podium::Tests
