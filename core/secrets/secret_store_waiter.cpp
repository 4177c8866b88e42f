#include "secret_store_waiter.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace Podium::Core {

SecretStoreWaiter::SecretStoreWaiter(SecretStore& store, int timeoutMs)
    : m_store(store)
    , m_timeoutMs(timeoutMs)
{}

template <typename T, typename Call>
Result<T> SecretStoreWaiter::wait(Call call)
{
    // Shared with the callback: after a timeout the answer may still arrive, when this frame is long gone.
    struct Pending
    {
        std::optional<Result<T>> result;
        QEventLoop* loop = nullptr;
    };
    auto pending = std::make_shared<Pending>();
    QEventLoop loop;
    pending->loop = &loop;

    call([pending](Result<T> result) {
        pending->result.emplace(std::move(result));
        if (pending->loop)
            pending->loop->quit();
    });
    if (!pending->result) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(m_timeoutMs);
        loop.exec();
    }
    pending->loop = nullptr;

    if (!pending->result)
        return Error{ErrorCode::SecretStoreUnavailable,
                     QStringLiteral("the keychain did not answer within %1 ms").arg(m_timeoutMs)};
    return std::move(*pending->result);
}

Result<void> SecretStoreWaiter::write(const QString& key, const QString& secret)
{
    return wait<void>([&](SecretStore::Done<void> done) { m_store.write(key, secret, std::move(done)); });
}

Result<QString> SecretStoreWaiter::read(const QString& key)
{
    return wait<QString>([&](SecretStore::Done<QString> done) { m_store.read(key, std::move(done)); });
}

Result<void> SecretStoreWaiter::remove(const QString& key)
{
    return wait<void>([&](SecretStore::Done<void> done) { m_store.remove(key, std::move(done)); });
}

} // namespace Podium::Core
