#include "session_timer_label.h"

#include "practice/practice_session_service.h"

#include <QStyle>
#include <QTimer>

namespace Podium::Ui {

SessionTimerLabel::SessionTimerLabel(const Core::PracticeSessionService& sessions, QWidget* parent)
    : QLabel(parent)
    , m_sessions(sessions)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionTimer"));
    setAccessibleName(tr("Session timer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SessionTimerLabel::refresh);
}

QString SessionTimerLabel::duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const QString rest = QStringLiteral("%1:%2")
                             .arg(minutes, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + rest : rest;
}

void SessionTimerLabel::setSession(const Core::PracticeSession& session)
{
    m_session = session;
    refresh();
    if (session.isOpen())
        m_timer->start();
    else
        m_timer->stop();
}

void SessionTimerLabel::clear()
{
    m_timer->stop();
    m_session = {};
    m_over = false;
    QLabel::clear();
}

void SessionTimerLabel::refresh()
{
    const qint64 elapsed = m_sessions.elapsedSeconds(m_session);
    const qint64 remaining = m_sessions.remainingSeconds(m_session);
    m_over = remaining < 0;
    if (m_over)
        setText(tr("%1 elapsed · %2 over time").arg(duration(elapsed), duration(-remaining)));
    else
        setText(tr("%1 elapsed · %2 left").arg(duration(elapsed), duration(remaining)));
    // The property drives the amber colour in the theme; re-polishing applies it at once.
    const QString level = m_over ? QStringLiteral("over") : QStringLiteral("ok");
    if (property("level").toString() != level) {
        setProperty("level", level);
        style()->unpolish(this);
        style()->polish(this);
    }
}

} // namespace Podium::Ui
