#include "session_command.h"

#include "command_context.h"
#include "common/clock.h"
#include "guides/guide_library.h"
#include "practice/practice_session_service.h"
#include "practice_session_json.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QLocale>

namespace Podium::Cli {

namespace {

/// The plan as typed: guide ids are known to the guide library; anything else names a milestone.
QList<Core::PracticePlanItem> planFrom(const QString& value)
{
    QList<Core::PracticePlanItem> plan;
    const QStringList ids = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return plan;
    const Core::GuideLibrary guides(QLocale().name());
    for (const QString& raw : ids) {
        const QString id = raw.trimmed();
        const bool isGuide = guides.find(id).hasValue();
        plan.append(Core::PracticePlanItem{
            isGuide ? Core::PracticePlanItem::Kind::Guide : Core::PracticePlanItem::Kind::Milestone, id, {}});
    }
    return plan;
}

} // namespace

SessionCommand::SessionCommand(CommandContext& context)
    : m_context(context)
{}

int SessionCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("start"), [this](const QStringList& a) { return start(a); }},
                                {QStringLiteral("note"), [this](const QStringList& a) { return note(a); }},
                                {QStringLiteral("finish"), [this](const QStringList& a) { return finish(a); }},
                                {QStringLiteral("cancel"), [this](const QStringList& a) { return cancel(a); }},
                                {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                {QStringLiteral("show"), [this](const QStringList& a) { return show(a); }}});
}

int SessionCommand::start(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium session start --executive ID [--plan ID,ID,...] [--minutes N]"),
                         tr("Starts a practice session with an executive (trainers only). Until it ends, nothing of "
                            "the executive's goes to a live network."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption executive(QStringLiteral("executive"), tr("The executive to practise with."),
                                       QStringLiteral("id"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  tr("Milestones and guides to cover, in order, separated by commas."),
                                  QStringLiteral("ids"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), tr("How long the session is planned for (45)."),
                                     QStringLiteral("n"), QStringLiteral("45"));
    parser.addOptions({executive, plan, minutes});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (!parser.isSet(executive))
        return m_context.output().usage(tr("--executive is required"));
    bool numeric = false;
    const int plannedMinutes = parser.value(minutes).toInt(&numeric);
    if (!numeric)
        return m_context.output().usage(tr("--minutes must be a whole number"));
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const Core::PracticeSessionRequest request{parser.value(executive), planFrom(parser.value(plan)), plannedMinutes};
    const auto started = workspace->practiceSessions().start(actorId, request);
    if (!started)
        return m_context.output().error(started.error());
    return m_context.output().result(
        PracticeSessionJson::toJson(*started, m_context.clock().now()),
        tr("Started %1: %2 minutes with %3. Live posting is paused for them until the session ends.")
            .arg(started->id)
            .arg(started->plannedMinutes)
            .arg(started->executiveId));
}

int SessionCommand::note(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium session note ID TEXT"), tr("Adds a note to an open session."));
    QCommandLineParser& parser = sub.parser();
    parser.addPositionalArgument(QStringLiteral("id"), tr("The session's id."));
    parser.addPositionalArgument(QStringLiteral("text"), tr("The note."));
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() < 2)
        return m_context.output().usage(tr("give a session id and the note"));
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    // Words after the id are the note, so it need not be quoted.
    const auto noted = workspace->practiceSessions().addNote(actorId, rest.first(), rest.mid(1).join(QLatin1Char(' ')));
    if (!noted)
        return m_context.output().error(noted.error());
    return m_context.output().result(PracticeSessionJson::toJson(*noted, m_context.clock().now()),
                                     tr("Noted (%1 notes)").arg(noted->notes.size()));
}

int SessionCommand::finish(const QStringList& arguments)
{
    SubcommandParser sub(
        QStringLiteral("podium session finish ID --outcome TEXT [--ready] [--rating 1-5] [--follow-up TEXT ...]"),
        tr("Ends a session with its outcome. Live posting resumes for the executive."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("A short summary of how it went."),
                                     QStringLiteral("text"));
    const QCommandLineOption ready(QStringLiteral("ready"), tr("The executive is ready to post for real."));
    const QCommandLineOption rating(QStringLiteral("rating"), tr("From 1 (much more practice) to 5 (confident)."),
                                    QStringLiteral("n"));
    const QCommandLineOption followUp(QStringLiteral("follow-up"), tr("Something to do next; may be repeated."),
                                      QStringLiteral("text"));
    parser.addOptions({outcome, ready, rating, followUp});
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The session's id."), tr("give one session id"), id, exitCode))
        return exitCode;
    if (!parser.isSet(outcome))
        return m_context.output().usage(tr("--outcome is required"));
    Core::PracticeOutcome result;
    result.summary = parser.value(outcome);
    result.readyForLive = parser.isSet(ready);
    result.followUps = parser.values(followUp);
    if (parser.isSet(rating)) {
        bool numeric = false;
        result.rating = parser.value(rating).toInt(&numeric);
        if (!numeric)
            return m_context.output().usage(tr("--rating must be a number from 1 to 5"));
    }
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const auto finished = workspace->practiceSessions().finish(actorId, id, result);
    if (!finished)
        return m_context.output().error(finished.error());
    return m_context.output().result(PracticeSessionJson::toJson(*finished, m_context.clock().now()),
                                     tr("Finished %1. Live posting resumes for %2.").arg(id, finished->executiveId));
}

int SessionCommand::cancel(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium session cancel ID"),
                         tr("Ends a session without an outcome (its trainer, another trainer or the executive)."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The session's id."), tr("give one session id"), id, exitCode))
        return exitCode;
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const auto cancelled = workspace->practiceSessions().cancel(actorId, id);
    if (!cancelled)
        return m_context.output().error(cancelled.error());
    return m_context.output().result(PracticeSessionJson::toJson(*cancelled, m_context.clock().now()),
                                     tr("Cancelled %1").arg(id));
}

int SessionCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium session list [--executive ID]"),
                         tr("Lists one executive's sessions, or the ones you ran as a trainer; newest first."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption executive(QStringLiteral("executive"), tr("Whose sessions."), QStringLiteral("id"));
    parser.addOption(executive);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    Core::PracticeSessionService& service = (*workspace)->practiceSessions();
    Core::Result<QList<Core::PracticeSession>> sessions = QList<Core::PracticeSession>();
    if (parser.isSet(executive)) {
        sessions = service.listFor(parser.value(executive));
    } else {
        QString actorId;
        if (!m_context.requireMe(actorId, exitCode))
            return exitCode;
        sessions = service.listByTrainer(actorId);
        if (sessions && sessions->isEmpty())
            sessions = service.listFor(actorId);
    }
    if (!sessions)
        return m_context.output().error(sessions.error());
    const QDateTime now = m_context.clock().now();
    QJsonArray json;
    QStringList lines;
    for (const Core::PracticeSession& session : *sessions) {
        json.append(PracticeSessionJson::toJson(session, now));
        lines.append(PracticeSessionJson::line(session));
    }
    if (lines.isEmpty())
        lines.append(tr("No practice sessions. A trainer starts one with: podium session start --executive ID"));
    return m_context.output().result(json, lines.join(QLatin1Char('\n')));
}

int SessionCommand::show(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium session show ID"),
                         tr("Shows a session: its timer, plan, notes and outcome."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The session's id."), tr("give one session id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto session = (*workspace)->practiceSessions().find(id);
    if (!session)
        return m_context.output().error(session.error());
    const QDateTime now = m_context.clock().now();
    return m_context.output().result(PracticeSessionJson::toJson(*session, now),
                                     PracticeSessionJson::details(*session, now));
}

} // namespace Podium::Cli
