#include "practice_session_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

namespace {

const QString columns = QStringLiteral("id, trainer_id, executive_id, state, planned_minutes, started_at, ended_at, "
                                       "outcome_summary, outcome_rating, ready_for_live");

QVariant instant(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

PracticeSession sessionFrom(const Statement& query)
{
    PracticeSession session;
    session.id = query.value(0).toString();
    session.trainerId = query.value(1).toString();
    session.executiveId = query.value(2).toString();
    // An unknown state from a newer Podium reads as ended: it never blocks or reopens anything here.
    session.state = practiceSessionStateFromName(query.value(3).toString()).value_or(PracticeSessionState::Cancelled);
    session.plannedMinutes = query.value(4).toInt();
    session.startedAt = instantFrom(query.value(5));
    session.endedAt = instantFrom(query.value(6));
    session.outcome.summary = query.value(7).toString();
    session.outcome.rating = query.value(8).isNull() ? 0 : query.value(8).toInt();
    session.outcome.readyForLive = query.value(9).toInt() != 0;
    return session;
}

} // namespace

PracticeSessionRepository::PracticeSessionRepository(Database& database)
    : m_database(database)
{}

Result<void> PracticeSessionRepository::insert(const PracticeSession& session)
{
    // Asked first for a clear answer; the unique index on open sessions settles a race between two Podiums.
    const Result<std::optional<PracticeSession>> open = openFor(session.executiveId);
    if (!open)
        return open.error();
    if (open->has_value())
        return Error{ErrorCode::PracticeSessionAlreadyOpen, (*open)->id};
    Statement query = m_database.prepare(QStringLiteral("INSERT INTO practice_sessions (") + columns +
                                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(session.id), QVariant(session.trainerId), QVariant(session.executiveId),
          QVariant(practiceSessionStateName(session.state)), QVariant(session.plannedMinutes),
          instant(session.startedAt), instant(session.endedAt), textOrNull(session.outcome.summary),
          session.outcome.rating > 0 ? QVariant(session.outcome.rating) : QVariant(QMetaType::fromType<int>()),
          QVariant(session.outcome.readyForLive ? 1 : 0)})
        query.addBindValue(value);
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    for (qsizetype position = 0; position < session.plan.size(); ++position) {
        const PracticePlanItem& item = session.plan.at(position);
        Statement plan = m_database.prepare(
            QStringLiteral("INSERT INTO practice_session_plan_items (session_id, position, kind, item_id, done_at) "
                           "VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(session.id), QVariant(int(position)), QVariant(PracticePlanItem::kindName(item.kind)),
              QVariant(item.itemId), instant(item.doneAt)})
            plan.addBindValue(value);
        if (const Result<void> run = m_database.exec(plan); !run)
            return run;
    }
    return {};
}

Result<QList<PracticeSession>> PracticeSessionRepository::select(const QString& where,
                                                                 const QList<QVariant>& values) const
{
    Statement query =
        m_database.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM practice_sessions WHERE ") +
                           where + QStringLiteral(" ORDER BY started_at DESC, id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<PracticeSession> sessions;
    while (query.next())
        sessions.append(sessionFrom(query));
    // Finished with the sessions' rows before reading their details through other statements.
    query.finish();
    for (PracticeSession& session : sessions)
        if (const Result<void> loaded = loadDetails(session); !loaded)
            return loaded.error();
    return sessions;
}

Result<void> PracticeSessionRepository::loadDetails(PracticeSession& session) const
{
    Statement plan = m_database.prepare(QStringLiteral(
        "SELECT kind, item_id, done_at FROM practice_session_plan_items WHERE session_id = ? ORDER BY position"));
    plan.addBindValue(session.id);
    if (const Result<void> run = m_database.exec(plan); !run)
        return run;
    while (plan.next())
        session.plan.append(PracticePlanItem{
            PracticePlanItem::kindFromName(plan.value(0).toString()).value_or(PracticePlanItem::Kind::Milestone),
            plan.value(1).toString(), instantFrom(plan.value(2))});

    Statement notes =
        m_database.prepare(QStringLiteral("SELECT author_id, written_at, body FROM "
                                          "practice_session_notes WHERE session_id = ? ORDER BY position"));
    notes.addBindValue(session.id);
    if (const Result<void> run = m_database.exec(notes); !run)
        return run;
    while (notes.next())
        session.notes.append(
            PracticeNote{notes.value(0).toString(), instantFrom(notes.value(1)), notes.value(2).toString()});

    Statement followUps = m_database.prepare(
        QStringLiteral("SELECT body FROM practice_session_follow_ups WHERE session_id = ? ORDER BY position"));
    followUps.addBindValue(session.id);
    if (const Result<void> run = m_database.exec(followUps); !run)
        return run;
    while (followUps.next())
        session.outcome.followUps.append(followUps.value(0).toString());
    return {};
}

Result<PracticeSession> PracticeSessionRepository::find(const QString& id) const
{
    const Result<QList<PracticeSession>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::PracticeSessionNotFound, id};
    return found->first();
}

Result<QList<PracticeSession>> PracticeSessionRepository::forExecutive(const QString& executiveId) const
{
    return select(QStringLiteral("executive_id = ?"), {executiveId});
}

Result<QList<PracticeSession>> PracticeSessionRepository::byTrainer(const QString& trainerId) const
{
    return select(QStringLiteral("trainer_id = ?"), {trainerId});
}

Result<std::optional<PracticeSession>> PracticeSessionRepository::openFor(const QString& executiveId) const
{
    const Result<QList<PracticeSession>> found =
        select(QStringLiteral("executive_id = ? AND ended_at IS NULL"), {executiveId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PracticeSession>();
    return std::optional<PracticeSession>(found->first());
}

Result<QHash<QString, QDateTime>> PracticeSessionRepository::plannedEndsOfOpen(const QString& executiveId) const
{
    Statement query = m_database.prepare(
        executiveId.isEmpty()
            ? QStringLiteral("SELECT executive_id, started_at, planned_minutes FROM practice_sessions WHERE "
                             "ended_at IS NULL")
            : QStringLiteral("SELECT executive_id, started_at, planned_minutes FROM practice_sessions WHERE "
                             "ended_at IS NULL AND executive_id = ?"));
    if (!executiveId.isEmpty())
        query.addBindValue(executiveId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QHash<QString, QDateTime> ends;
    while (query.next())
        ends.insert(query.value(0).toString(), instantFrom(query.value(1)).addSecs(query.value(2).toLongLong() * 60));
    return ends;
}

Result<void> PracticeSessionRepository::requireOpen(const QString& sessionId) const
{
    Statement query = m_database.prepare(QStringLiteral("SELECT state FROM practice_sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    if (!query.next())
        return Error{ErrorCode::PracticeSessionNotFound, sessionId};
    if (query.value(0).toString() != practiceSessionStateName(PracticeSessionState::Open))
        return Error{ErrorCode::PracticeSessionClosed, sessionId};
    return {};
}

Result<void> PracticeSessionRepository::appendNote(const QString& sessionId, const PracticeNote& note)
{
    if (const Result<void> open = requireOpen(sessionId); !open)
        return open;
    Statement insert = m_database.prepare(
        QStringLiteral("INSERT INTO practice_session_notes (session_id, position, author_id, written_at, body) "
                       "SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM practice_session_notes "
                       "WHERE session_id = ?"));
    for (const QVariant& value : {QVariant(sessionId), textOrNull(note.authorId), instant(note.writtenAt),
                                  QVariant(note.text), QVariant(sessionId)})
        insert.addBindValue(value);
    return m_database.exec(insert);
}

Result<void> PracticeSessionRepository::setPlanItemDone(const QString& sessionId, int position, const QDateTime& doneAt)
{
    if (const Result<void> open = requireOpen(sessionId); !open)
        return open;
    Statement update = m_database.prepare(
        QStringLiteral("UPDATE practice_session_plan_items SET done_at = ? WHERE session_id = ? AND position = ?"));
    for (const QVariant& value : {instant(doneAt), QVariant(sessionId), QVariant(position)})
        update.addBindValue(value);
    if (const Result<void> run = m_database.exec(update); !run)
        return run;
    if (update.numRowsAffected() != 1)
        return Error{ErrorCode::PracticePlanItemInvalid, QString::number(position)};
    return {};
}

Result<void> PracticeSessionRepository::close(const PracticeSession& session)
{
    if (const Result<void> open = requireOpen(session.id); !open)
        return open;
    Statement update = m_database.prepare(
        QStringLiteral("UPDATE practice_sessions SET state = ?, ended_at = ?, outcome_summary = ?, outcome_rating = "
                       "?, ready_for_live = ? WHERE id = ? AND ended_at IS NULL"));
    for (const QVariant& value :
         {QVariant(practiceSessionStateName(session.state)), instant(session.endedAt),
          textOrNull(session.outcome.summary),
          session.outcome.rating > 0 ? QVariant(session.outcome.rating) : QVariant(QMetaType::fromType<int>()),
          QVariant(session.outcome.readyForLive ? 1 : 0), QVariant(session.id)})
        update.addBindValue(value);
    if (const Result<void> run = m_database.exec(update); !run)
        return run;
    if (update.numRowsAffected() != 1)
        return Error{ErrorCode::PracticeSessionClosed, session.id};
    for (qsizetype position = 0; position < session.outcome.followUps.size(); ++position) {
        Statement followUp = m_database.prepare(
            QStringLiteral("INSERT INTO practice_session_follow_ups (session_id, position, body) VALUES (?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(session.id), QVariant(int(position)), QVariant(session.outcome.followUps.at(position))})
            followUp.addBindValue(value);
        if (const Result<void> run = m_database.exec(followUp); !run)
            return run;
    }
    return {};
}

} // namespace Podium::Core
