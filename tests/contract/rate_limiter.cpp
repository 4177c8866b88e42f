#include "rate_limiter.h"

#include <algorithm>

namespace Podium::Tests {

void RateLimiter::configure(int budget, int windowSeconds)
{
    m_budget = std::max(0, budget);
    m_windowSeconds = std::max(1, windowSeconds);
    reset();
}

RateLimiter::Outcome RateLimiter::consume(const QDateTime& now)
{
    roll(now);
    const bool allowed = m_used < m_budget;
    if (allowed)
        ++m_used;
    Outcome outcome = peek(now);
    outcome.allowed = allowed;
    return outcome;
}

RateLimiter::Outcome RateLimiter::peek(const QDateTime& now)
{
    roll(now);
    Outcome outcome;
    outcome.allowed = m_used < m_budget;
    outcome.limit = m_budget;
    outcome.remaining = std::max(0, m_budget - m_used);
    outcome.reset = m_windowStart.addSecs(m_windowSeconds);
    return outcome;
}

QByteArray RateLimiter::formatReset(const QDateTime& reset)
{
    const QDateTime utc = reset.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + "000Z";
}

void RateLimiter::roll(const QDateTime& now)
{
    if (!m_windowStart.isValid() || now >= m_windowStart.addSecs(m_windowSeconds) || now < m_windowStart) {
        m_windowStart = now;
        m_used = 0;
    }
}

} // namespace Podium::Tests
