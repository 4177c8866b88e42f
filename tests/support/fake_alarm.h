#pragma once

#include "publishing/alarm.h"

namespace Podium::Tests {

/// An Alarm a test rings by hand, recording what it was armed for.
class FakeAlarm final : public Core::Alarm
{
public:
    void armAt(const QDateTime& instant) override
    {
        m_armedAt = instant;
        ++m_armings;
    }
    void disarm() override { m_armedAt = {}; }
    void ring()
    {
        m_armedAt = {};
        Q_EMIT rang();
    }
    void jump() { Q_EMIT clockChanged(); }
    QDateTime armedAt() const { return m_armedAt; }
    int armings() const { return m_armings; }

private:
    QDateTime m_armedAt;
    int m_armings = 0;
};

} // namespace Podium::Tests
