#pragma once

#include "practice_note.h"
#include "practice_outcome.h"
#include "practice_plan_item.h"
#include "practice_session_state.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Podium::Core {

/// One one-on-one rehearsal of a trainer with an executive in the practice sandbox: its plan, timer, notes
/// and, once finished, its outcome.
struct PracticeSession
{
    QString id;
    QString trainerId;
    QString executiveId;
    PracticeSessionState state = PracticeSessionState::Open;
    QList<PracticePlanItem> plan;
    int plannedMinutes = 0;
    QDateTime startedAt;
    /// Invalid while the session is open.
    QDateTime endedAt;
    /// Oldest first.
    QList<PracticeNote> notes;
    /// Empty unless the session finished.
    PracticeOutcome outcome;

    bool isOpen() const { return state == PracticeSessionState::Open; }
    QDateTime plannedEnd() const { return startedAt.addSecs(qint64(plannedMinutes) * 60); }
    /// Time spent so far, or in all once it ended.
    qint64 elapsedSecondsAt(const QDateTime& now) const
    {
        return qMax<qint64>(0, startedAt.secsTo(endedAt.isValid() ? endedAt : now));
    }
    /// Time left on the timer; negative once the session runs over.
    qint64 remainingSecondsAt(const QDateTime& now) const
    {
        return qint64(plannedMinutes) * 60 - elapsedSecondsAt(now);
    }
};

} // namespace Podium::Core
