#include "wall_clock_alarm.h"

#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace Podium::Core {

namespace {

constexpr int fallbackSliceMs = 60 * 1000;
/// A drift between wall and monotonic time beyond this means the clock was set or the machine slept.
constexpr qint64 jumpToleranceMs = 2000;

} // namespace

WallClockAlarm::WallClockAlarm(QObject* parent)
    : Alarm(parent)
{
    m_fallback.setSingleShot(true);
    m_fallback.setTimerType(Qt::PreciseTimer);
    connect(&m_fallback, &QTimer::timeout, this, &WallClockAlarm::onFallbackTimer);
#ifdef Q_OS_LINUX
    m_fd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &WallClockAlarm::onTimerFd);
    }
#endif
}

WallClockAlarm::~WallClockAlarm()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void WallClockAlarm::armAt(const QDateTime& instant)
{
    m_armedAt = instant;
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        const qint64 ms = qMax<qint64>(instant.toMSecsSinceEpoch(), 1);
        itimerspec spec{};
        spec.it_value.tv_sec = time_t(ms / 1000);
        spec.it_value.tv_nsec = long(ms % 1000) * 1000000L;
        if (timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) == 0)
            return;
    }
#endif
    armFallback();
}

void WallClockAlarm::disarm()
{
    m_armedAt = {};
    m_fallback.stop();
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        itimerspec spec{};
        timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
    }
#endif
}

void WallClockAlarm::onTimerFd()
{
#ifdef Q_OS_LINUX
    quint64 expirations = 0;
    const ssize_t got = ::read(m_fd, &expirations, sizeof expirations);
    if (got < 0 && errno == ECANCELED) {
        // The wall clock was set: the armed instant is still right, but the owner may want another one.
        Q_EMIT clockChanged();
        return;
    }
    if (got == sizeof expirations && m_armedAt.isValid()) {
        m_armedAt = {};
        Q_EMIT rang();
    }
#endif
}

void WallClockAlarm::armFallback()
{
    m_monotonic.start();
    m_wallAtStart = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = qMax<qint64>(0, m_armedAt.toMSecsSinceEpoch() - m_wallAtStart);
    m_fallback.start(int(qMin<qint64>(wait, fallbackSliceMs)));
}

void WallClockAlarm::onFallbackTimer()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const bool jumped = qAbs((wall - m_wallAtStart) - m_monotonic.elapsed()) > jumpToleranceMs;
    if (m_armedAt.isValid() && wall >= m_armedAt.toMSecsSinceEpoch()) {
        m_armedAt = {};
        Q_EMIT rang();
        return;
    }
    if (jumped)
        Q_EMIT clockChanged();
    if (m_armedAt.isValid())
        armFallback();
}

} // namespace Podium::Core
