#include "practice_session_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Podium::Cli {

namespace {

QJsonValue instant(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString shortTime(const QDateTime& value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

int doneCount(const Core::PracticeSession& session)
{
    int done = 0;
    for (const Core::PracticePlanItem& item : session.plan)
        done += item.isDone() ? 1 : 0;
    return done;
}

} // namespace

QJsonObject PracticeSessionJson::toJson(const Core::PracticeSession& session, const QDateTime& now)
{
    QJsonArray plan;
    for (const Core::PracticePlanItem& item : session.plan)
        plan.append(QJsonObject{{QStringLiteral("kind"), Core::PracticePlanItem::kindName(item.kind)},
                                {QStringLiteral("id"), item.itemId},
                                {QStringLiteral("done"), item.isDone()},
                                {QStringLiteral("doneAt"), instant(item.doneAt)}});
    QJsonArray notes;
    for (const Core::PracticeNote& note : session.notes)
        notes.append(QJsonObject{{QStringLiteral("authorId"), note.authorId},
                                 {QStringLiteral("writtenAt"), instant(note.writtenAt)},
                                 {QStringLiteral("text"), note.text}});
    const QJsonValue outcome =
        session.state == Core::PracticeSessionState::Finished
            ? QJsonValue(
                  QJsonObject{{QStringLiteral("summary"), session.outcome.summary},
                              {QStringLiteral("rating"),
                               session.outcome.rating > 0 ? QJsonValue(session.outcome.rating) : QJsonValue()},
                              {QStringLiteral("readyForLive"), session.outcome.readyForLive},
                              {QStringLiteral("followUps"), QJsonArray::fromStringList(session.outcome.followUps)}})
            : QJsonValue();
    return QJsonObject{{QStringLiteral("id"), session.id},
                       {QStringLiteral("trainerId"), session.trainerId},
                       {QStringLiteral("executiveId"), session.executiveId},
                       {QStringLiteral("state"), Core::practiceSessionStateName(session.state)},
                       {QStringLiteral("plannedMinutes"), session.plannedMinutes},
                       {QStringLiteral("startedAt"), instant(session.startedAt)},
                       {QStringLiteral("endedAt"), instant(session.endedAt)},
                       {QStringLiteral("elapsedSeconds"), session.elapsedSecondsAt(now)},
                       {QStringLiteral("remainingSeconds"), session.remainingSecondsAt(now)},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("outcome"), outcome}};
}

QString PracticeSessionJson::line(const Core::PracticeSession& session)
{
    return QStringLiteral("%1  %2  %3  %4  plan %5/%6")
        .arg(session.id, Core::practiceSessionStateName(session.state).leftJustified(9), session.executiveId,
             shortTime(session.startedAt))
        .arg(doneCount(session))
        .arg(session.plan.size());
}

QString PracticeSessionJson::details(const Core::PracticeSession& session, const QDateTime& now)
{
    QStringList lines;
    lines << tr("Practice session %1 (%2)").arg(session.id, Core::practiceSessionStateName(session.state));
    lines << tr("Trainer %1 with executive %2").arg(session.trainerId, session.executiveId);
    const qint64 remaining = session.remainingSecondsAt(now);
    lines << tr("Started %1; %2 of %3 minutes used%4")
                 .arg(shortTime(session.startedAt))
                 .arg(session.elapsedSecondsAt(now) / 60)
                 .arg(session.plannedMinutes)
                 .arg(session.isOpen() && remaining < 0 ? tr(", running over") : QString());
    if (!session.plan.isEmpty()) {
        lines << tr("Plan (%1 of %2 done):").arg(doneCount(session)).arg(session.plan.size());
        for (const Core::PracticePlanItem& item : session.plan)
            lines << QStringLiteral("  [%1] %2 %3")
                         .arg(item.isDone() ? QStringLiteral("x") : QStringLiteral(" "),
                              Core::PracticePlanItem::kindName(item.kind), item.itemId);
    }
    if (!session.notes.isEmpty()) {
        lines << tr("Notes:");
        for (const Core::PracticeNote& note : session.notes)
            lines
                << QStringLiteral("  %1  %2").arg(note.writtenAt.toUTC().toString(QStringLiteral("HH:mm")), note.text);
    }
    if (session.state == Core::PracticeSessionState::Finished) {
        lines << tr("Outcome: %1").arg(session.outcome.summary);
        lines << (session.outcome.readyForLive ? tr("Ready for live posting") : tr("Keep practising"));
        if (session.outcome.rating > 0)
            lines << tr("Rating: %1 of 5").arg(session.outcome.rating);
        for (const QString& followUp : session.outcome.followUps)
            lines << tr("Follow up: %1").arg(followUp);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Podium::Cli
