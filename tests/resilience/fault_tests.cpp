#include "memory_secret_store.h"
#include "platforms/mastodon/mastodon_platform.h"
#include "posts/post_service.h"
#include "publishing/account_platforms.h"
#include "publishing/publisher.h"
#include "publishing/scheduler.h"
#include "publishing/wall_clock_alarm.h"
#include "resilience_fixture.h"
#include "wait_until.h"

#include <QNetworkAccessManager>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("contract: with 30% of requests failing in mixed ways, 500 posts end Published once or Failed")
{
    ResilienceFixture f;
    FaultPlan plan;
    plan.setSeed(20261123);
    plan.setFailureRatio(0.3);
    plan.setSlowDelayMs(1500);
    plan.setRetryAfterSeconds(1);
    f.server.setFaultPlan(plan);

    MemorySecretStore secrets;
    bool stored = false;
    secrets.write(f.account.secretKey(), f.server.token(), [&](Result<void> r) { stored = r.hasValue(); });
    REQUIRE(waitUntil([&] { return stored; }));
    QNetworkAccessManager network;
    AccountPlatforms platforms(f.workspace->database(), f.clock, secrets);
    platforms.setFactory(PlatformKind::Mastodon, [&](const NetworkAccount& account, const QString& token) {
        return std::unique_ptr<Platform>(
            std::make_unique<MastodonPlatform>(&network, f.clock, account.serverUrl, token));
    });
    PublisherOptions options;
    options.firstRetryMs = 50;
    options.maxRetryMs = 1000;
    Publisher publisher(f.workspace->posts(), platforms, f.clock, options);
    WallClockAlarm alarm;
    Scheduler scheduler(f.workspace->posts(), alarm);
    QObject::connect(&scheduler, &Scheduler::postsDue, &publisher, &Publisher::publishDue);

    f.queue(500, QStringLiteral("Fault run"));
    publisher.start();
    scheduler.start();
    const auto settled = [&] {
        const QList<Post> posts = f.allPosts();
        return std::all_of(posts.cbegin(), posts.cend(), [](const Post& p) {
            return p.state == PostState::Published || p.state == PostState::Failed;
        });
    };
    REQUIRE(waitUntil(settled, 300000));

    int published = 0, failed = 0, retries = 0;
    for (const Post& post : f.allPosts()) {
        INFO(post.id.toStdString() << " " << post.lastErrorCode.toStdString());
        retries += post.attempts - 1;
        if (post.state == PostState::Published) {
            ++published;
            CHECK(f.server.store().creationsWithKey(post.id) == 1);
            const ContractStatus* status = f.server.store().status(post.remoteId);
            REQUIRE(status != nullptr);
            CHECK(status->idempotencyKey == post.id);
        } else {
            ++failed;
            CHECK_FALSE(post.lastErrorDetail.isEmpty());
            CHECK(f.server.store().creationsWithKey(post.id) == 0);
        }
    }
    CHECK(published + failed == 500);
    CHECK(f.server.store().statusCount() == published);
    qsizetype faults = 0;
    for (const RequestLogEntry& entry : f.server.requestLog())
        faults += entry.fault != FaultKind::None ? 1 : 0;
    CHECK(faults > 0);
    WARN("fault test: " << published << " published, " << failed << " failed, " << retries << " retries, " << faults
                        << " faults injected in " << f.server.requestCount() << " requests");
}
