#include "memory_secret_store.h"
#include "secrets/secret_store_waiter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using Podium::Tests::MemorySecretStore;

namespace {

/// A keychain that hangs: keeps every callback and answers only when told to.
class SilentStore : public SecretStore
{
public:
    void write(const QString&, const QString&, Done<void> done) override { m_pendingVoid = std::move(done); }
    void read(const QString&, Done<QString> done) override { m_pendingRead = std::move(done); }
    void remove(const QString&, Done<void> done) override { m_pendingVoid = std::move(done); }

    void answerLate()
    {
        if (m_pendingRead)
            m_pendingRead(QStringLiteral("too late"));
        if (m_pendingVoid)
            m_pendingVoid({});
    }

private:
    Done<QString> m_pendingRead;
    Done<void> m_pendingVoid;
};

} // namespace

TEST_CASE("fake store: SecretStoreWaiter turns the asynchronous answers into return values")
{
    MemorySecretStore store;
    SecretStoreWaiter waiter(store);

    REQUIRE(waiter.write(QStringLiteral("account/a"), QStringLiteral("secret")));
    const Result<QString> read = waiter.read(QStringLiteral("account/a"));
    REQUIRE(read);
    CHECK(*read == QStringLiteral("secret"));
    REQUIRE(waiter.remove(QStringLiteral("account/a")));
    const Result<QString> gone = waiter.read(QStringLiteral("account/a"));
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::SecretNotFound);
    CHECK(store.callCount() == 4);
}

TEST_CASE("fake store: SecretStoreWaiter passes an unavailable keychain on as it is")
{
    MemorySecretStore store;
    store.setUnavailable(true);

    const Result<QString> read = SecretStoreWaiter(store).read(QStringLiteral("account/a"));

    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::SecretStoreUnavailable);
}

TEST_CASE("fake store: SecretStoreWaiter gives up on a keychain that never answers")
{
    SilentStore store;
    SecretStoreWaiter waiter(store, 100);
    QElapsedTimer clock;
    clock.start();

    const Result<QString> read = waiter.read(QStringLiteral("account/a"));

    CHECK(clock.elapsed() >= 90);
    CHECK(clock.elapsed() < 2000);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::SecretStoreUnavailable);
    CHECK(read.error().detail.contains(QStringLiteral("100 ms")));
    // The answer that finally comes finds no waiter, and nothing breaks.
    store.answerLate();
    const Result<void> write = waiter.write(QStringLiteral("account/a"), QStringLiteral("s"));
    REQUIRE_FALSE(write);
    store.answerLate();
}
