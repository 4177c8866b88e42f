#pragma once

#include "posts/post_state.h"

#include <QDateTime>

#include <QObject>

namespace Podium::Core {

class Alarm;
class PostService;

/// Keeps one Alarm armed for the next due post and says when posts are due. Re-arms on every change to a
/// post, and when the wall clock jumps or the machine wakes; never polls.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    Scheduler(PostService& posts, Alarm& alarm, QObject* parent = nullptr);

    /// Arms for the first time; until then nothing is announced.
    void start();
    void stop();
    /// When the alarm is set for (invalid when nothing waits); for tests and diagnostics.
    QDateTime armedFor() const { return m_armedFor; }

Q_SIGNALS:
    /// Some post's time has come (or passed while Podium was closed or the machine slept).
    void postsDue();

private:
    void rearmSoon();
    void rearm();

    PostService& m_posts;
    Alarm& m_alarm;
    QDateTime m_armedFor;
    bool m_running = false;
    bool m_rearmQueued = false;
};

} // namespace Podium::Core
