#include "fault_plan.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using Podium::Tests::FaultKind;
using Podium::Tests::FaultPlan;

namespace {

QList<FaultKind> draw(FaultPlan& plan, int count)
{
    QList<FaultKind> kinds;
    for (int i = 0; i < count; ++i)
        kinds.append(plan.next(QStringLiteral("/api/v1/statuses")));
    return kinds;
}

} // namespace

TEST_CASE("contract server fault plan repeats the same faults for the same seed")
{
    FaultPlan first;
    first.setSeed(42);
    first.setFailureRatio(0.5);
    FaultPlan second;
    second.setSeed(42);
    second.setFailureRatio(0.5);
    const QList<FaultKind> sequence = draw(first, 200);
    CHECK(sequence == draw(second, 200));

    FaultPlan other;
    other.setSeed(43);
    other.setFailureRatio(0.5);
    CHECK(sequence != draw(other, 200));

    first.restart();
    CHECK(draw(first, 200) == sequence);
}

TEST_CASE("contract server fault plan fails about the configured share with every kind")
{
    FaultPlan plan;
    plan.setSeed(7);
    plan.setFailureRatio(0.3);
    const QList<FaultKind> sequence = draw(plan, 10000);
    const auto failures =
        std::count_if(sequence.begin(), sequence.end(), [](FaultKind kind) { return kind != FaultKind::None; });
    CHECK(failures > 2700);
    CHECK(failures < 3300);
    for (FaultKind kind : FaultPlan::allKinds())
        CHECK(sequence.contains(kind));

    plan.setFailureRatio(0.0);
    CHECK_FALSE(draw(plan, 1000).contains(FaultKind::ServerError));
}

TEST_CASE("contract server fault plan forces faults on the next requests of a path only")
{
    FaultPlan plan;
    plan.force(QStringLiteral("/api/v1/statuses"), FaultKind::DropAfter, 2);
    CHECK(plan.next(QStringLiteral("/api/v2/instance")) == FaultKind::None);
    CHECK(plan.next(QStringLiteral("/api/v1/statuses")) == FaultKind::DropAfter);
    CHECK(plan.forcedRemaining() == 1);
    CHECK(plan.next(QStringLiteral("/api/v1/statuses/1/favourite")) == FaultKind::DropAfter);
    CHECK(plan.next(QStringLiteral("/api/v1/statuses")) == FaultKind::None);
}

TEST_CASE("contract server fault plan reads its settings from JSON")
{
    FaultPlan plan;
    const QString problem = plan.applyJson(QJsonObject{
        {QStringLiteral("seed"), QStringLiteral("99")},
        {QStringLiteral("failure_ratio"), 0.25},
        {QStringLiteral("kinds"), QJsonArray{QStringLiteral("server_error"), QStringLiteral("slow")}},
        {QStringLiteral("slow_delay_ms"), 1500},
        {QStringLiteral("force"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/api")},
                                                         {QStringLiteral("kind"), QStringLiteral("garbage")},
                                                         {QStringLiteral("count"), 3}}}}});
    CHECK(problem.isEmpty());
    CHECK(plan.seed() == 99);
    CHECK(plan.failureRatio() == Approx(0.25));
    CHECK(plan.kinds() == QList<FaultKind>{FaultKind::ServerError, FaultKind::SlowAnswer});
    CHECK(plan.slowDelayMs() == 1500);
    CHECK(plan.forcedRemaining() == 3);
    CHECK(plan.toJson().value(QStringLiteral("seed")).toString() == QStringLiteral("99"));

    CHECK_FALSE(plan.applyJson(QJsonObject{{QStringLiteral("kinds"), QJsonArray{QStringLiteral("boom")}}}).isEmpty());
    CHECK(plan.kinds().size() == 2);
}
