#include "practice_session_service.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/person_repository.h"
#include "storage/practice_session_repository.h"

#include <QRegularExpression>
#include <QSet>

namespace Podium::Core {

namespace {

const QString subjectType = QStringLiteral("practice-session");
constexpr int maxMinutes = 600;
constexpr int maxRating = 5;

/// Milestone and guide ids are lower-case words joined by dashes; anything else is a typo or a stray comma.
Result<void> checkPlan(const QList<PracticePlanItem>& plan)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const PracticePlanItem& item : plan) {
        if (!idPattern.match(item.itemId).hasMatch() || seen.contains(item.itemId))
            return Error{ErrorCode::PracticePlanItemInvalid, item.itemId};
        seen.insert(item.itemId);
    }
    return {};
}

QString describePlan(const QList<PracticePlanItem>& plan)
{
    QStringList ids;
    for (const PracticePlanItem& item : plan)
        ids.append(item.itemId);
    return ids.join(QStringLiteral(", "));
}

} // namespace

PracticeSessionService::PracticeSessionService(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_sessions(std::make_unique<PracticeSessionRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
    , m_audit(std::make_unique<AuditRepository>(database))
{}

PracticeSessionService::~PracticeSessionService() = default;

Result<PracticeSession> PracticeSessionService::start(const QString& trainerId, const PracticeSessionRequest& request)
{
    const Result<Person> trainer = m_people->find(trainerId);
    if (!trainer)
        return trainer.error();
    if (trainer->role != Role::Trainer)
        return Error{ErrorCode::PracticeSessionNotTrainer, trainerId};
    const Result<Person> executive = m_people->find(request.executiveId);
    if (!executive)
        return executive.error();
    if (executive->role != Role::Executive)
        return Error{ErrorCode::PracticeSessionNotExecutive, request.executiveId};
    if (request.plannedMinutes < 1 || request.plannedMinutes > maxMinutes)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("minutes")};
    if (const Result<void> plan = checkPlan(request.plan); !plan)
        return plan.error();

    const QDateTime now = m_clock.now();
    PracticeSession session;
    session.id = newId();
    session.trainerId = trainerId;
    session.executiveId = request.executiveId;
    session.plannedMinutes = request.plannedMinutes;
    session.startedAt = now;
    for (PracticePlanItem item : request.plan) {
        item.doneAt = {};
        session.plan.append(item);
    }
    const AuditEvent event{newId(),
                           now,
                           trainerId,
                           {},
                           QStringLiteral("practice-session.started"),
                           subjectType,
                           session.id,
                           QStringLiteral("executive %1, %2 minutes, plan: %3")
                               .arg(session.executiveId)
                               .arg(session.plannedMinutes)
                               .arg(describePlan(session.plan))};
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (const Result<void> inserted = m_sessions->insert(session); !inserted)
            return inserted;
        return m_audit->append(event);
    });
    if (!written) {
        // Another trainer may have opened one between our check and our insert: the unique index refused
        // ours, and the executive's open session is the reason to give.
        const Result<std::optional<PracticeSession>> open = m_sessions->openFor(session.executiveId);
        if (open && open->has_value())
            return Error{ErrorCode::PracticeSessionAlreadyOpen, (*open)->id};
        return written.error();
    }
    Q_EMIT sessionStarted(session.id, session.executiveId);
    return session;
}

Result<PracticeSession> PracticeSessionService::ownOpenSession(const QString& actorId, const QString& sessionId) const
{
    Result<PracticeSession> session = m_sessions->find(sessionId);
    if (!session)
        return session;
    if (actorId.isEmpty() || actorId != session->trainerId)
        return Error{ErrorCode::PracticeSessionNotYours, actorId};
    if (!session->isOpen())
        return Error{ErrorCode::PracticeSessionClosed, sessionId};
    return session;
}

Result<PracticeSession> PracticeSessionService::addNote(const QString& actorId, const QString& sessionId,
                                                        const QString& text)
{
    if (const Result<PracticeSession> session = ownOpenSession(actorId, sessionId); !session)
        return session;
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("note")};
    const PracticeNote note{actorId, m_clock.now(), text.trimmed()};
    if (const Result<void> written =
            m_database.transaction([&]() -> Result<void> { return m_sessions->appendNote(sessionId, note); });
        !written)
        return written.error();
    Q_EMIT sessionChanged(sessionId);
    return m_sessions->find(sessionId);
}

Result<PracticeSession> PracticeSessionService::tickPlanItem(const QString& actorId, const QString& sessionId,
                                                             const QString& itemId, bool done)
{
    const Result<PracticeSession> session = ownOpenSession(actorId, sessionId);
    if (!session)
        return session;
    int position = -1;
    for (qsizetype i = 0; i < session->plan.size(); ++i)
        if (session->plan.at(i).itemId == itemId)
            position = int(i);
    if (position < 0)
        return Error{ErrorCode::PracticePlanItemInvalid, itemId};
    const QDateTime doneAt = done ? m_clock.now() : QDateTime();
    if (const Result<void> written = m_database.transaction(
            [&]() -> Result<void> { return m_sessions->setPlanItemDone(sessionId, position, doneAt); });
        !written)
        return written.error();
    Q_EMIT sessionChanged(sessionId);
    return m_sessions->find(sessionId);
}

Result<PracticeSession> PracticeSessionService::finish(const QString& actorId, const QString& sessionId,
                                                       const PracticeOutcome& outcome)
{
    Result<PracticeSession> session = ownOpenSession(actorId, sessionId);
    if (!session)
        return session;
    if (outcome.summary.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("summary")};
    if (outcome.rating < 0 || outcome.rating > maxRating)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("rating")};
    session->outcome.summary = outcome.summary.trimmed();
    session->outcome.rating = outcome.rating;
    session->outcome.readyForLive = outcome.readyForLive;
    session->outcome.followUps.clear();
    for (const QString& followUp : outcome.followUps)
        if (!followUp.trimmed().isEmpty())
            session->outcome.followUps.append(followUp.trimmed());
    QString detail =
        session->outcome.readyForLive ? QStringLiteral("ready for live") : QStringLiteral("keep practising");
    if (session->outcome.rating > 0)
        detail += QStringLiteral(", rated %1 of %2").arg(session->outcome.rating).arg(maxRating);
    return end(actorId, std::move(*session), PracticeSessionState::Finished, detail);
}

Result<PracticeSession> PracticeSessionService::cancel(const QString& actorId, const QString& sessionId)
{
    Result<PracticeSession> session = m_sessions->find(sessionId);
    if (!session)
        return session;
    if (actorId != session->trainerId && actorId != session->executiveId) {
        const Result<Person> actor = m_people->find(actorId);
        if (!actor)
            return actor.error();
        if (actor->role != Role::Trainer)
            return Error{ErrorCode::PracticeSessionNotYours, actorId};
    }
    if (!session->isOpen())
        return Error{ErrorCode::PracticeSessionClosed, sessionId};
    return end(actorId, std::move(*session), PracticeSessionState::Cancelled, {});
}

Result<PracticeSession> PracticeSessionService::end(const QString& actorId, PracticeSession session,
                                                    PracticeSessionState state, const QString& detail)
{
    const QDateTime now = m_clock.now();
    session.state = state;
    session.endedAt = now;
    const AuditEvent event{
        newId(),     now,        actorId, {}, QStringLiteral("practice-session.") + practiceSessionStateName(state),
        subjectType, session.id, detail};
    if (const Result<void> written = m_database.transaction([&]() -> Result<void> {
            if (const Result<void> closed = m_sessions->close(session); !closed)
                return closed;
            return m_audit->append(event);
        });
        !written)
        return written.error();
    Q_EMIT sessionEnded(session.id, session.executiveId, state);
    return session;
}

Result<PracticeSession> PracticeSessionService::find(const QString& sessionId) const
{
    return m_sessions->find(sessionId);
}

Result<QList<PracticeSession>> PracticeSessionService::listFor(const QString& executiveId) const
{
    return m_sessions->forExecutive(executiveId);
}

Result<QList<PracticeSession>> PracticeSessionService::listByTrainer(const QString& trainerId) const
{
    return m_sessions->byTrainer(trainerId);
}

Result<std::optional<PracticeSession>> PracticeSessionService::openSessionFor(const QString& executiveId) const
{
    return m_sessions->openFor(executiveId);
}

qint64 PracticeSessionService::elapsedSeconds(const PracticeSession& session) const
{
    return session.elapsedSecondsAt(m_clock.now());
}

qint64 PracticeSessionService::remainingSeconds(const PracticeSession& session) const
{
    return session.remainingSecondsAt(m_clock.now());
}

} // namespace Podium::Core
