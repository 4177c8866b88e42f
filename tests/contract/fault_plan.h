#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <random>

namespace Podium::Tests {

/// What the contract server does wrong with one request.
enum class FaultKind
{
    None,
    ServerError,        ///< 500, nothing processed
    BadGateway,         ///< 502, nothing processed
    ServiceUnavailable, ///< 503 with Retry-After, nothing processed
    RateLimited,        ///< 429 with X-RateLimit-Remaining 0, reset after retryAfterSeconds()
    SlowAnswer,         ///< processed, answered after slowDelayMs()
    DropBefore,         ///< connection reset before processing
    DropAfter,          ///< processed, then the connection is reset: the client never hears
    GarbageBody,        ///< processed, answered 200 with a body that is not JSON
    TruncatedBody       ///< processed, Content-Length larger than what is sent, then the connection closes
};

/// Decides, reproducibly from a seed, which requests the contract server fails and how.
class FaultPlan
{
public:
    FaultPlan();

    void setSeed(quint64 seed);
    quint64 seed() const { return m_seed; }
    /// Share of requests (0..1) that get a random fault from kinds().
    void setFailureRatio(double ratio);
    double failureRatio() const { return m_failureRatio; }
    /// The mix random faults are drawn from, equally likely; all kinds by default.
    void setKinds(const QList<FaultKind>& kinds);
    QList<FaultKind> kinds() const { return m_kinds; }
    void setSlowDelayMs(int delayMs) { m_slowDelayMs = delayMs; }
    int slowDelayMs() const { return m_slowDelayMs; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    /// The next `count` requests whose path starts with `pathPrefix` get `kind`, before any random fault.
    void force(const QString& pathPrefix, FaultKind kind, int count = 1);
    int forcedRemaining() const;
    void clearForced() { m_forced.clear(); }
    /// Restarts the random sequence from the seed, so a run can be repeated exactly.
    void restart();

    /// Draws the fault for the next request to `path`. Every call advances the random sequence once.
    FaultKind next(const QString& path);

    QJsonObject toJson() const;
    /// Reads {"seed","failure_ratio","kinds":[names],"slow_delay_ms","retry_after_seconds",
    /// "force":[{"path","kind","count"}]}; absent fields keep their value. Returns an error text or empty.
    QString applyJson(const QJsonObject& json);

    static QString kindName(FaultKind kind);
    static std::optional<FaultKind> kindFromName(const QString& name);
    static QList<FaultKind> allKinds();

private:
    struct Forced
    {
        QString pathPrefix;
        FaultKind kind = FaultKind::None;
        int remaining = 0;
    };

    quint64 m_seed = 1;
    double m_failureRatio = 0.0;
    QList<FaultKind> m_kinds;
    int m_slowDelayMs = 3000;
    int m_retryAfterSeconds = 2;
    QList<Forced> m_forced;
    std::mt19937_64 m_random;
};

} // namespace Podium::Tests
