#include "scheduler.h"

#include "alarm.h"
#include "posts/post_service.h"

namespace Podium::Core {

Scheduler::Scheduler(PostService& posts, Alarm& alarm, QObject* parent)
    : QObject(parent)
    , m_posts(posts)
    , m_alarm(alarm)
{
    connect(&m_posts, &PostService::postChanged, this, &Scheduler::rearmSoon);
    connect(&m_alarm, &Alarm::rang, this, [this] {
        m_armedFor = {};
        Q_EMIT postsDue();
        rearm();
    });
    connect(&m_alarm, &Alarm::clockChanged, this, [this] {
        // Whatever became due during the jump is announced now; the next instant is armed afresh.
        Q_EMIT postsDue();
        rearm();
    });
}

void Scheduler::start()
{
    m_running = true;
    rearm();
}

void Scheduler::stop()
{
    m_running = false;
    m_alarm.disarm();
    m_armedFor = {};
}

void Scheduler::rearmSoon()
{
    // A burst of changes (a publisher finishing a batch, an import) re-arms once, after the burst.
    if (m_rearmQueued || !m_running)
        return;
    m_rearmQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_rearmQueued = false;
            rearm();
        },
        Qt::QueuedConnection);
}

void Scheduler::rearm()
{
    if (!m_running)
        return;
    const Result<std::optional<QDateTime>> next = m_posts.repository().nextDueAt();
    if (!next || !next->has_value()) {
        // A database error leaves the alarm off; the next change to any post tries again.
        m_alarm.disarm();
        m_armedFor = {};
        return;
    }
    if (m_armedFor == **next)
        return;
    m_armedFor = **next;
    m_alarm.armAt(m_armedFor);
}

} // namespace Podium::Core
