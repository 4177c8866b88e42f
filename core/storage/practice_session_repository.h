#pragma once

#include "common/result.h"
#include "practice/practice_note.h"
#include "practice/practice_session.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace Podium::Core {

class Database;

/// Stores practice sessions with their plans, notes and outcomes. Notes are only appended; a session
/// changes only while it is open, and once when it ends.
class PracticeSessionRepository
{
public:
    explicit PracticeSessionRepository(Database& database);

    /// Writes a new session with its plan. PracticeSessionAlreadyOpen when the executive has one open, even
    /// if another Podium opened it a moment ago.
    Result<void> insert(const PracticeSession& session);
    /// PracticeSessionNotFound when there is none.
    Result<PracticeSession> find(const QString& id) const;
    /// The executive's sessions, newest first.
    Result<QList<PracticeSession>> forExecutive(const QString& executiveId) const;
    /// The sessions a trainer ran, newest first.
    Result<QList<PracticeSession>> byTrainer(const QString& trainerId) const;
    Result<std::optional<PracticeSession>> openFor(const QString& executiveId) const;
    /// Every executive with a session open (or just this one, when given), with when it is planned to end.
    Result<QHash<QString, QDateTime>> plannedEndsOfOpen(const QString& executiveId = {}) const;

    /// Adds a note after the last one of an open session; PracticeSessionClosed once it ended.
    Result<void> appendNote(const QString& sessionId, const PracticeNote& note);
    /// Marks the plan item at `position` (from 0) done at `doneAt`, or to do again when invalid.
    Result<void> setPlanItemDone(const QString& sessionId, int position, const QDateTime& doneAt);
    /// Ends an open session with its state, end time and outcome; PracticeSessionClosed if it already ended.
    Result<void> close(const PracticeSession& session);

private:
    Result<QList<PracticeSession>> select(const QString& where, const QList<QVariant>& values) const;
    Result<void> loadDetails(PracticeSession& session) const;
    Result<void> requireOpen(const QString& sessionId) const;

    Database& m_database;
};

} // namespace Podium::Core
