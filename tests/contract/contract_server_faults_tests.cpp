#include "contract_fixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Podium::Tests;

namespace {

const QString statusesPath = QStringLiteral("/api/v1/statuses");

} // namespace

TEST_CASE("contract server error faults answer without processing")
{
    ContractFixture f;
    f.server.faultPlan().setRetryAfterSeconds(7);
    f.server.faultPlan().force(statusesPath, FaultKind::ServerError);
    f.server.faultPlan().force(statusesPath, FaultKind::BadGateway);
    f.server.faultPlan().force(statusesPath, FaultKind::ServiceUnavailable);
    f.server.faultPlan().force(statusesPath, FaultKind::RateLimited);
    CHECK(f.postStatus(QStringLiteral("a"), "k").status == 500);
    const ClientAnswer badGateway = f.postStatus(QStringLiteral("a"), "k");
    CHECK(badGateway.status == 502);
    CHECK(badGateway.header("Retry-After").isEmpty());
    const ClientAnswer unavailable = f.postStatus(QStringLiteral("a"), "k");
    CHECK(unavailable.status == 503);
    CHECK(unavailable.header("Retry-After") == "7");
    const ClientAnswer limited = f.postStatus(QStringLiteral("a"), "k");
    CHECK(limited.status == 429);
    CHECK(limited.header("X-RateLimit-Remaining") == "0");
    CHECK(limited.header("X-RateLimit-Reset") == "2026-03-01T12:00:07.000000Z");
    CHECK(f.server.store().statusCount() == 0);

    CHECK(f.postStatus(QStringLiteral("a"), "k").status == 200);
    CHECK(f.server.store().statusCount() == 1);
}

TEST_CASE("contract server drop before processing leaves no post")
{
    ContractFixture f;
    // QNetworkAccessManager silently re-sends a request whose connection closed before any answer,
    // so every attempt it makes has to be dropped for the caller to see the error.
    f.server.faultPlan().force(statusesPath, FaultKind::DropBefore, 5);
    const ClientAnswer answer = f.postStatus(QStringLiteral("never"), "key-drop");
    CHECK(answer.error != QNetworkReply::NoError);
    CHECK(answer.status == 0);
    CHECK(f.server.store().statusCount() == 0);
    CHECK(f.server.requestCount() >= 1);
}

TEST_CASE("contract server drop after processing keeps the post the client never heard of")
{
    ContractFixture f;
    f.server.faultPlan().force(statusesPath, FaultKind::DropAfter, 5);
    const ClientAnswer answer = f.postStatus(QStringLiteral("posted in the dark"), "key-after");
    CHECK(answer.error != QNetworkReply::NoError);
    CHECK(answer.status == 0);
    REQUIRE(f.server.store().statusCount() == 1);
    CHECK(f.server.store().creationsWithKey(QStringLiteral("key-after")) == 1);
    const QString created = f.server.store().statuses().front().id;

    f.server.faultPlan().clearForced();
    const ClientAnswer retry = f.postStatus(QStringLiteral("posted in the dark"), "key-after");
    REQUIRE(retry.status == 200);
    CHECK(retry.json().object().value(QStringLiteral("id")).toString() == created);
    CHECK(f.server.store().statusCount() == 1);
}

TEST_CASE("contract server garbage and truncated bodies follow a processed request")
{
    ContractFixture f;
    f.server.faultPlan().force(statusesPath, FaultKind::GarbageBody);
    const ClientAnswer garbage = f.postStatus(QStringLiteral("garbled"), "key-g");
    CHECK(garbage.status == 200);
    CHECK(garbage.json().isNull());
    CHECK(f.server.store().statusCount() == 1);

    f.server.faultPlan().force(statusesPath, FaultKind::TruncatedBody);
    const ClientAnswer truncated = f.postStatus(QStringLiteral("cut short"), "key-t");
    CHECK(truncated.error != QNetworkReply::NoError);
    CHECK(truncated.json().isNull());
    CHECK(f.server.store().statusCount() == 2);

    const ClientAnswer after = f.postStatus(QStringLiteral("fine again"));
    CHECK(after.status == 200);
    CHECK(f.server.store().statusCount() == 3);
}

TEST_CASE("contract server slow answer outlasts a client time-out but the post exists")
{
    ContractFixture f;
    f.server.faultPlan().setSlowDelayMs(600);
    f.server.faultPlan().force(statusesPath, FaultKind::SlowAnswer);
    f.client->setTimeoutMs(200);
    const ClientAnswer answer = f.postStatus(QStringLiteral("slow"), "key-slow");
    CHECK(answer.error == QNetworkReply::OperationCanceledError);
    CHECK(answer.elapsedMs < 600);
    CHECK(f.server.store().statusCount() == 1);

    f.client->setTimeoutMs(5000);
    f.server.faultPlan().force(statusesPath, FaultKind::SlowAnswer);
    const ClientAnswer patient = f.postStatus(QStringLiteral("slow"), "key-slow");
    CHECK(patient.status == 200);
    CHECK(patient.elapsedMs >= 550);
    CHECK(patient.json().object().value(QStringLiteral("id")).toString() == f.server.store().statuses().front().id);
    CHECK(f.server.store().statusCount() == 1);
}

TEST_CASE("contract server random faults never corrupt the store")
{
    ContractFixture f;
    f.server.setRateLimit(1000000, 300);
    f.server.faultPlan().setSeed(2024);
    f.server.faultPlan().setFailureRatio(0.5);
    f.server.faultPlan().setSlowDelayMs(300);
    f.client->setTimeoutMs(150);
    constexpr int posts = 60;
    int attempts = 0;
    for (int i = 0; i < posts; ++i) {
        const QByteArray key = "random-" + QByteArray::number(i);
        bool done = false;
        for (int attempt = 0; attempt < 40 && !done; ++attempt, ++attempts) {
            const ClientAnswer answer = f.postStatus(QStringLiteral("post %1").arg(i), key);
            done = answer.status == 200 && answer.json().isObject();
        }
        REQUIRE(done);
    }
    CHECK(attempts > posts);
    CHECK(f.server.store().statusCount() == posts);
    for (int i = 0; i < posts; ++i)
        CHECK(f.server.store().creationsWithKey(QStringLiteral("random-%1").arg(i)) == 1);
}

TEST_CASE("contract server repeats its faults for the same seed")
{
    const auto run = [](quint64 seed) {
        ContractFixture f;
        f.server.faultPlan().setSeed(seed);
        f.server.faultPlan().setFailureRatio(0.4);
        f.server.faultPlan().setKinds({FaultKind::ServerError, FaultKind::BadGateway, FaultKind::GarbageBody});
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(f.client->get(QStringLiteral("/api/v1/timelines/home")).status);
        QList<FaultKind> faults;
        for (const RequestLogEntry& entry : f.server.requestLog())
            faults.append(entry.fault);
        return std::make_pair(statuses, faults);
    };
    const auto first = run(11);
    CHECK(first == run(11));
    CHECK(first.second != run(12).second);
    CHECK(first.second.contains(FaultKind::BadGateway));
    CHECK(first.second.contains(FaultKind::None));
}

TEST_CASE("contract server shows QNetworkAccessManager re-sending a dropped post, duplicating it without a key")
{
    ContractFixture f;
    // Qt re-sends a request once when its connection closes before any answer. That hides the dropped
    // answer from the caller and, without an Idempotency-Key, posts the status twice.
    f.server.faultPlan().force(statusesPath, FaultKind::DropAfter, 1);
    const ClientAnswer unkeyed = f.postStatus(QStringLiteral("without a key"));
    CHECK(unkeyed.status == 200);
    CHECK(f.server.requestCount() == 2);
    CHECK(f.server.store().statusCount() == 2);

    f.server.faultPlan().force(statusesPath, FaultKind::DropAfter, 1);
    const ClientAnswer keyed = f.postStatus(QStringLiteral("with a key"), "key-resend");
    CHECK(keyed.status == 200);
    CHECK(f.server.requestCount() == 4);
    CHECK(f.server.store().statusCount() == 3);
    CHECK(f.server.store().creationsWithKey(QStringLiteral("key-resend")) == 1);
}
