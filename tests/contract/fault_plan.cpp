#include "fault_plan.h"

#include <QJsonArray>

#include <algorithm>

namespace Podium::Tests {

namespace {

struct KindName
{
    FaultKind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    {FaultKind::None, "none"},
    {FaultKind::ServerError, "server_error"},
    {FaultKind::BadGateway, "bad_gateway"},
    {FaultKind::ServiceUnavailable, "service_unavailable"},
    {FaultKind::RateLimited, "rate_limited"},
    {FaultKind::SlowAnswer, "slow"},
    {FaultKind::DropBefore, "drop_before"},
    {FaultKind::DropAfter, "drop_after"},
    {FaultKind::GarbageBody, "garbage"},
    {FaultKind::TruncatedBody, "truncated"},
};

} // namespace

FaultPlan::FaultPlan()
    : m_kinds(allKinds())
{
    restart();
}

void FaultPlan::setSeed(quint64 seed)
{
    m_seed = seed;
    restart();
}

void FaultPlan::setFailureRatio(double ratio)
{
    m_failureRatio = std::clamp(ratio, 0.0, 1.0);
}

void FaultPlan::setKinds(const QList<FaultKind>& kinds)
{
    m_kinds.clear();
    for (FaultKind kind : kinds) {
        if (kind != FaultKind::None)
            m_kinds.append(kind);
    }
}

void FaultPlan::force(const QString& pathPrefix, FaultKind kind, int count)
{
    if (count > 0)
        m_forced.append(Forced{pathPrefix, kind, count});
}

int FaultPlan::forcedRemaining() const
{
    int total = 0;
    for (const Forced& forced : m_forced)
        total += forced.remaining;
    return total;
}

void FaultPlan::restart()
{
    m_random.seed(m_seed);
}

FaultKind FaultPlan::next(const QString& path)
{
    // Two draws on every request, used or not, so the sequence depends only on the seed and request order.
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const quint64 pick = m_random();
    for (qsizetype i = 0; i < m_forced.size(); ++i) {
        Forced& forced = m_forced[i];
        if (!path.startsWith(forced.pathPrefix))
            continue;
        const FaultKind kind = forced.kind;
        if (--forced.remaining <= 0)
            m_forced.removeAt(i);
        return kind;
    }
    if (m_kinds.isEmpty() || roll >= m_failureRatio)
        return FaultKind::None;
    return m_kinds.at(qsizetype(pick % quint64(m_kinds.size())));
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray kinds;
    for (FaultKind kind : m_kinds)
        kinds.append(kindName(kind));
    QJsonArray forced;
    for (const Forced& entry : m_forced) {
        forced.append(QJsonObject{{QStringLiteral("path"), entry.pathPrefix},
                                  {QStringLiteral("kind"), kindName(entry.kind)},
                                  {QStringLiteral("count"), entry.remaining}});
    }
    // The seed goes out as a string: JSON numbers lose precision above 2^53.
    return QJsonObject{{QStringLiteral("seed"), QString::number(m_seed)},
                       {QStringLiteral("failure_ratio"), m_failureRatio},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("slow_delay_ms"), m_slowDelayMs},
                       {QStringLiteral("retry_after_seconds"), m_retryAfterSeconds},
                       {QStringLiteral("force"), forced}};
}

QString FaultPlan::applyJson(const QJsonObject& json)
{
    QList<FaultKind> kinds = m_kinds;
    if (json.contains(QStringLiteral("kinds"))) {
        kinds.clear();
        for (const QJsonValue& value : json.value(QStringLiteral("kinds")).toArray()) {
            const std::optional<FaultKind> kind = kindFromName(value.toString());
            if (!kind)
                return QStringLiteral("unknown fault kind: ") + value.toString();
            kinds.append(*kind);
        }
    }
    QList<Forced> forced;
    for (const QJsonValue& value : json.value(QStringLiteral("force")).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<FaultKind> kind = kindFromName(entry.value(QStringLiteral("kind")).toString());
        if (!kind)
            return QStringLiteral("unknown fault kind: ") + entry.value(QStringLiteral("kind")).toString();
        forced.append(Forced{entry.value(QStringLiteral("path")).toString(), *kind,
                             entry.value(QStringLiteral("count")).toInt(1)});
    }
    if (json.contains(QStringLiteral("kinds")))
        setKinds(kinds);
    for (const Forced& entry : forced)
        force(entry.pathPrefix, entry.kind, entry.remaining);
    if (json.contains(QStringLiteral("failure_ratio")))
        setFailureRatio(json.value(QStringLiteral("failure_ratio")).toDouble());
    if (json.contains(QStringLiteral("slow_delay_ms")))
        m_slowDelayMs = json.value(QStringLiteral("slow_delay_ms")).toInt();
    if (json.contains(QStringLiteral("retry_after_seconds")))
        m_retryAfterSeconds = json.value(QStringLiteral("retry_after_seconds")).toInt();
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    if (seed.isString())
        setSeed(seed.toString().toULongLong());
    else if (seed.isDouble())
        setSeed(quint64(seed.toDouble()));
    return {};
}

QString FaultPlan::kindName(FaultKind kind)
{
    for (const KindName& entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("none");
}

std::optional<FaultKind> FaultPlan::kindFromName(const QString& name)
{
    for (const KindName& entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QList<FaultKind> FaultPlan::allKinds()
{
    return {FaultKind::ServerError, FaultKind::BadGateway,  FaultKind::ServiceUnavailable,
            FaultKind::RateLimited, FaultKind::SlowAnswer,  FaultKind::DropBefore,
            FaultKind::DropAfter,   FaultKind::GarbageBody, FaultKind::TruncatedBody};
}

} // namespace Podium::Tests
