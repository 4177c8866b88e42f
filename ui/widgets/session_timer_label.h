#pragma once

#include "practice/practice_session.h"

#include <QLabel>

class QTimer;

namespace Podium::Core {
class PracticeSessionService;
}

namespace Podium::Ui {

/// A practice session's timer: time spent and time left, read from the session service each second, in
/// amber once the session runs over its planned length.
class SessionTimerLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SessionTimerLabel(const Core::PracticeSessionService& sessions, QWidget* parent = nullptr);

    /// Starts ticking for an open session; an ended one shows its length and stops.
    void setSession(const Core::PracticeSession& session);
    void clear();
    bool isOverTime() const { return m_over; }

    /// "4:05", or "1:02:09" past an hour.
    static QString duration(qint64 seconds);

private:
    void refresh();

    const Core::PracticeSessionService& m_sessions;
    Core::PracticeSession m_session;
    QTimer* m_timer = nullptr;
    bool m_over = false;
};

} // namespace Podium::Ui
