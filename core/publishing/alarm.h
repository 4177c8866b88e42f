#pragma once

#include <QDateTime>
#include <QObject>

namespace Podium::Core {

/// Rings once at a wall-clock instant. The Scheduler arms one for the next due post instead of polling.
class Alarm : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Replaces any earlier arming; an instant already past rings at once (from the event loop).
    virtual void armAt(const QDateTime& instant) = 0;
    virtual void disarm() = 0;

Q_SIGNALS:
    /// The armed instant has come.
    void rang();
    /// The wall clock jumped (set by hand, stepped by NTP) or the machine woke from sleep: whatever was
    /// armed may now be early or late, so the owner re-evaluates.
    void clockChanged();
};

} // namespace Podium::Core
