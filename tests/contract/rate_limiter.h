#pragma once

#include <QDateTime>

namespace Podium::Tests {

/// A fixed-window request budget, reported the way Mastodon does in X-RateLimit-* headers.
class RateLimiter
{
public:
    struct Outcome
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        QDateTime reset;
    };

    /// Mastodon's default: 300 requests per 5 minutes.
    void configure(int budget, int windowSeconds);
    int budget() const { return m_budget; }
    int windowSeconds() const { return m_windowSeconds; }

    /// Spends one request from the window that holds `now`; over budget the request is refused.
    Outcome consume(const QDateTime& now);
    /// The current state without spending.
    Outcome peek(const QDateTime& now);
    void reset() { m_windowStart = QDateTime(); }

    /// ISO 8601 with microseconds, as Mastodon writes X-RateLimit-Reset.
    static QByteArray formatReset(const QDateTime& reset);

private:
    void roll(const QDateTime& now);

    int m_budget = 300;
    int m_windowSeconds = 300;
    int m_used = 0;
    QDateTime m_windowStart;
};

} // namespace Podium::Tests
