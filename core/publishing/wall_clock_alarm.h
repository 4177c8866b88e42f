#pragma once

#include "alarm.h"

#include <QElapsedTimer>
#include <QTimer>

class QSocketNotifier;

namespace Podium::Core {

/// An Alarm on the real wall clock. On Linux it is a timerfd on CLOCK_REALTIME with an absolute expiry, so
/// it rings at the right moment after a suspend and reports a clock that was set (TFD_TIMER_CANCEL_ON_SET)
/// without any polling. Elsewhere a QTimer is armed for at most a minute at a time and compares the wall
/// clock with the monotonic one to notice jumps and sleep.
class WallClockAlarm final : public Alarm
{
    Q_OBJECT

public:
    explicit WallClockAlarm(QObject* parent = nullptr);
    ~WallClockAlarm() override;

    void armAt(const QDateTime& instant) override;
    void disarm() override;

private:
    void onTimerFd();
    void onFallbackTimer();
    void armFallback();

    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_fallback;
    QDateTime m_armedAt;
    QElapsedTimer m_monotonic;
    qint64 m_wallAtStart = 0;
};

} // namespace Podium::Core
