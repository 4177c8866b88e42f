#pragma once

#include "common/result.h"
#include "practice_outcome.h"
#include "practice_session.h"
#include "practice_session_request.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Podium::Core {

class AuditRepository;
class Clock;
class Database;
class PersonRepository;
class PracticeSessionRepository;

/// Runs one-on-one practice sessions: a trainer starts one for an executive, ticks off its plan, takes
/// notes while the timer runs, and finishes it with an outcome. Starting and ending are audited. While a
/// session is open, PracticeGuard keeps everything of the executive's off the live networks.
class PracticeSessionService : public QObject
{
    Q_OBJECT

public:
    PracticeSessionService(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~PracticeSessionService() override;

    /// Only a trainer starts a session (PracticeSessionNotTrainer), only for an executive (-NotExecutive), and
    /// only while the executive has none open (-AlreadyOpen). The plan names each milestone or guide once
    /// (PracticePlanItemInvalid); the timer runs from 1 to 600 minutes (InvalidArgument "minutes").
    Result<PracticeSession> start(const QString& trainerId, const PracticeSessionRequest& request);
    /// Appends a timestamped note; notes are never edited or removed.
    Result<PracticeSession> addNote(const QString& actorId, const QString& sessionId, const QString& text);
    /// Ticks the plan's milestone or guide off (or back on with `done` false).
    Result<PracticeSession> tickPlanItem(const QString& actorId, const QString& sessionId, const QString& itemId,
                                         bool done = true);
    /// Ends the session with what the trainer concluded; a summary is required, a rating is 0 (none) to 5.
    Result<PracticeSession> finish(const QString& actorId, const QString& sessionId, const PracticeOutcome& outcome);
    /// Ends the session without an outcome. Its trainer, any other trainer or the executive may: a session
    /// left open would keep the executive off the live network.
    Result<PracticeSession> cancel(const QString& actorId, const QString& sessionId);

    Result<PracticeSession> find(const QString& sessionId) const;
    /// Newest first.
    Result<QList<PracticeSession>> listFor(const QString& executiveId) const;
    /// Newest first.
    Result<QList<PracticeSession>> listByTrainer(const QString& trainerId) const;
    Result<std::optional<PracticeSession>> openSessionFor(const QString& executiveId) const;
    /// The timer, read from the clock: time spent, and time left (negative once the session runs over).
    qint64 elapsedSeconds(const PracticeSession& session) const;
    qint64 remainingSeconds(const PracticeSession& session) const;

Q_SIGNALS:
    void sessionStarted(const QString& id, const QString& executiveId);
    /// A note was added or a plan item ticked.
    void sessionChanged(const QString& id);
    /// Finished or cancelled: the executive may post live again.
    void sessionEnded(const QString& id, const QString& executiveId, Podium::Core::PracticeSessionState state);

private:
    /// The session if the actor runs it and it is still open.
    Result<PracticeSession> ownOpenSession(const QString& actorId, const QString& sessionId) const;
    Result<PracticeSession> end(const QString& actorId, PracticeSession session, PracticeSessionState state,
                                const QString& detail);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<PracticeSessionRepository> m_sessions;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<AuditRepository> m_audit;
};

} // namespace Podium::Core
