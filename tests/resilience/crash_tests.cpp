#include "keyring_session.h"
#include "posts/post_service.h"
#include "resilience_fixture.h"
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_store_waiter.h"
#include "wait_until.h"

#include <QProcess>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

constexpr int rounds = 20;
constexpr int postsPerRound = 15;

QStringList publishOnce(const ResilienceFixture& f)
{
    return {QStringLiteral("--database"), f.path, QStringLiteral("publish"), QStringLiteral("--once"),
            QStringLiteral("--json")};
}

} // namespace

TEST_CASE("contract: SIGKILL at random moments while publishing 300 posts never loses or doubles one", "[keychain]")
{
    KeyringSession::entered();
    ResilienceFixture f;
    KeychainSecretStore keychain;
    REQUIRE(SecretStoreWaiter(keychain).write(f.account.secretKey(), f.server.token()).hasValue());

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    int killedMidFlight = 0;
    int leftPublishing = 0;
    for (int round = 0; round < rounds; ++round) {
        f.queue(postsPerRound, QStringLiteral("Round %1").arg(round + 1));
        QProcess publisher;
        publisher.start(QStringLiteral(PODIUM_BINARY), publishOnce(f));
        REQUIRE(publisher.waitForStarted());
        // A random moment: after some number of requests reached the server, so the kill lands while posts
        // are in flight, between the request and its read-back, or between database writes.
        // (About one request per post: the create's answer carries the post's address.)
        const qsizetype killAfter = f.server.requestCount() + random.bounded(1, postsPerRound);
        waitUntil([&] { return f.server.requestCount() >= killAfter || publisher.state() == QProcess::NotRunning; });
        if (publisher.state() != QProcess::NotRunning) {
            publisher.kill(); // SIGKILL: no clean-up of any kind
            ++killedMidFlight;
            REQUIRE(publisher.waitForFinished(10000));
        }
        for (const Post& post : f.allPosts())
            leftPublishing += post.state == PostState::Publishing ? 1 : 0;
    }

    // Restarted without interruption, the publisher reconciles what was cut off and finishes the rest.
    for (int run = 0; run < 5; ++run) {
        QProcess publisher;
        publisher.start(QStringLiteral(PODIUM_BINARY), publishOnce(f));
        REQUIRE(publisher.waitForStarted());
        REQUIRE(waitUntil([&] { return publisher.state() == QProcess::NotRunning; }, 60000));
        INFO(publisher.readAllStandardError().toStdString());
        REQUIRE(publisher.exitCode() == 0);
        const QList<Post> posts = f.allPosts();
        if (std::all_of(posts.cbegin(), posts.cend(), [](const Post& p) { return p.state == PostState::Published; }))
            break;
    }

    const QList<Post> posts = f.allPosts();
    REQUIRE(posts.size() == rounds * postsPerRound);
    for (const Post& post : posts) {
        INFO(post.id.toStdString() << " " << postStateName(post.state).toStdString());
        CHECK(post.state == PostState::Published);
        CHECK(f.server.store().creationsWithKey(post.id) == 1);
        const ContractStatus* status = f.server.store().status(post.remoteId);
        REQUIRE(status != nullptr);
        CHECK(status->idempotencyKey == post.id);
        CHECK(status->params.text == post.body);
    }
    CHECK(f.server.store().statusCount() == rounds * postsPerRound);
    // The kills must really have interrupted publishing, or this test proves nothing.
    CHECK(killedMidFlight >= rounds / 2);
    CHECK(leftPublishing > 0);
    WARN("crash test: " << killedMidFlight << " of " << rounds << " runs killed mid-flight, " << leftPublishing
                        << " posts seen cut off in Publishing after a kill (summed over rounds), "
                        << f.server.requestCount() << " requests, 0 duplicates");
}
