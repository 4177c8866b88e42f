#pragma once

#include "common/clock.h"

namespace Podium::Tests {

/// A clock that stands still until a test moves it.
class FakeClock final : public Core::Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace Podium::Tests
