// The fake other tests rely on must keep the SecretStore contract, or their tests prove nothing.
#include "memory_secret_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

#include <optional>

using namespace Podium::Core;
using Podium::Tests::MemorySecretStore;

namespace {

/// Runs the event loop until `answered` is set (or 2 s passed).
void waitFor(const bool& answered)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (answered)
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TEST_CASE("fake MemorySecretStore answers later from the event loop, exactly once")
{
    MemorySecretStore store;
    int answers = 0;
    bool answered = false;

    store.write(QStringLiteral("account/a"), QStringLiteral("s"), [&](const Result<void>& result) {
        CHECK(result);
        ++answers;
        answered = true;
    });
    CHECK(answers == 0);
    waitFor(answered);
    QCoreApplication::processEvents();

    CHECK(answers == 1);
}

TEST_CASE("fake MemorySecretStore reads, overwrites and removes like the keychain")
{
    MemorySecretStore store;
    std::optional<Result<QString>> read;
    bool removed = false;
    bool done = false;

    store.write(QStringLiteral("account/a"), QStringLiteral("first"), [](const Result<void>&) {});
    store.write(QStringLiteral("account/a"), QStringLiteral("second"), [](const Result<void>&) {});
    store.read(QStringLiteral("account/a"), [&](Result<QString> result) { read.emplace(std::move(result)); });
    store.remove(QStringLiteral("account/missing"), [&](const Result<void>& result) { removed = bool(result); });
    store.remove(QStringLiteral("account/a"), [&](const Result<void>&) { done = true; });
    waitFor(done);

    REQUIRE(read);
    REQUIRE(*read);
    CHECK(**read == QStringLiteral("second"));
    CHECK(removed);
    CHECK_FALSE(store.contains(QStringLiteral("account/a")));

    std::optional<Result<QString>> missing;
    bool answered = false;
    store.read(QStringLiteral("account/a"), [&](Result<QString> result) {
        missing.emplace(std::move(result));
        answered = true;
    });
    waitFor(answered);
    REQUIRE(missing);
    REQUIRE_FALSE(*missing);
    CHECK(missing->error().code == ErrorCode::SecretNotFound);
}

TEST_CASE("fake MemorySecretStore switched to unavailable fails every call and keeps its secrets")
{
    MemorySecretStore store;
    bool written = false;
    store.write(QStringLiteral("account/a"), QStringLiteral("kept"), [&](const Result<void>&) { written = true; });
    waitFor(written);
    store.setUnavailable(true);

    std::optional<Error> writeError;
    std::optional<Error> readError;
    std::optional<Error> removeError;
    store.write(QStringLiteral("account/a"), QStringLiteral("new"),
                [&](const Result<void>& r) { writeError = r.error(); });
    store.read(QStringLiteral("account/a"), [&](const Result<QString>& r) { readError = r.error(); });
    bool removedAnswered = false;
    store.remove(QStringLiteral("account/a"), [&](const Result<void>& r) {
        removeError = r.error();
        removedAnswered = true;
    });
    waitFor(removedAnswered);

    REQUIRE(writeError);
    REQUIRE(readError);
    REQUIRE(removeError);
    CHECK(writeError->code == ErrorCode::SecretStoreUnavailable);
    CHECK(readError->code == ErrorCode::SecretStoreUnavailable);
    CHECK(removeError->code == ErrorCode::SecretStoreUnavailable);
    CHECK(store.secret(QStringLiteral("account/a")) == QStringLiteral("kept"));
}

TEST_CASE("fake MemorySecretStore counts calls but not peeks")
{
    MemorySecretStore store;
    bool done = false;
    store.write(QStringLiteral("account/b"), QStringLiteral("s"), [](const Result<void>&) {});
    store.write(QStringLiteral("account/a"), QStringLiteral("s"), [](const Result<void>&) {});
    store.read(QStringLiteral("account/a"), [](const Result<QString>&) {});
    store.remove(QStringLiteral("account/c"), [&](const Result<void>&) { done = true; });
    waitFor(done);

    CHECK(store.contains(QStringLiteral("account/a")));
    CHECK(store.keys() == QStringList{QStringLiteral("account/a"), QStringLiteral("account/b")});
    CHECK(store.writeCount() == 2);
    CHECK(store.readCount() == 1);
    CHECK(store.removeCount() == 1);
    CHECK(store.callCount() == 4);
}
