#include "path_command.h"

#include "command_context.h"
#include "common/error_message.h"
#include "path/path_service.h"
#include "path_json.h"
#include "people/people_service.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonObject>

namespace Podium::Cli {

PathCommand::PathCommand(CommandContext& context)
    : m_context(context)
{}

int PathCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("show"), [this](const QStringList& a) { return show(a); }},
                                {QStringLiteral("unlock"), [this](const QStringList& a) { return unlock(a); }},
                                {QStringLiteral("style"), [this](const QStringList& a) { return style(a); }},
                                {QStringLiteral("tick"), [this](const QStringList& a) { return tick(a); }},
                                {QStringLiteral("load"), [this](const QStringList& a) { return load(a); }},
                                {QStringLiteral("reset"), [this](const QStringList& a) { return reset(a); }}});
}

int PathCommand::show(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path show [--person ID] [--live|--practice]"),
                         tr("Shows where a person is on the onboarding path, and the next step."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose path (default: yours)."), QStringLiteral("id"));
    const QCommandLineOption practice(QStringLiteral("practice"),
                                      tr("The practice path: what was rehearsed in the sandbox."));
    const QCommandLineOption live(QStringLiteral("live"), tr("The live path: what was posted for real."));
    parser.addOptions({person, live, practice});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const QString personId = parser.isSet(person) ? parser.value(person) : m_context.me();
    if (personId.isEmpty())
        return m_context.output().usage(tr("--person is required (or say who you are: 'podium person me ID')"));
    const auto found = (*workspace)->people().find(personId);
    if (!found)
        return m_context.output().error(found.error());

    Core::PathService& path = (*workspace)->path();
    if (const auto& problem = path.definitionProblem(); problem && !m_context.output().isJson())
        m_context.output().line(tr("Note: %1 (%2)").arg(Core::ErrorMessage::text(*problem), problem->detail));
    // Without either option, the track the person's posts count on now, as Home shows it.
    Core::Track track = Core::Track::Live;
    if (parser.isSet(practice)) {
        track = Core::Track::Practice;
    } else if (!parser.isSet(live)) {
        const auto working = path.trackFor(personId);
        if (!working)
            return m_context.output().error(working.error());
        track = working.value();
    }
    const auto progress = path.progress(personId, track);
    if (!progress)
        return m_context.output().error(progress.error());
    const auto steps = path.nextSteps(personId, track);
    if (!steps)
        return m_context.output().error(steps.error());
    return m_context.output().result(PathJson::toJson(*progress, path.definition(), *steps),
                                     PathJson::text(found->displayName, *progress, path.definition(), *steps));
}

int PathCommand::unlock(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path unlock --person ID --tier N"),
                         tr("Opens a tier of a person's path early (trainers only)."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose path."), QStringLiteral("id"));
    const QCommandLineOption tier(QStringLiteral("tier"), tr("The tier to open, from 2."), QStringLiteral("n"));
    parser.addOptions({person, tier});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (!parser.isSet(person))
        return m_context.output().usage(tr("--person is required"));
    bool isNumber = false;
    const int number = parser.value(tier).toInt(&isNumber);
    if (!isNumber)
        return m_context.output().usage(tr("--tier must be a number, such as 2"));
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const auto unlocked = workspace->path().unlockTier(actorId, parser.value(person), number);
    if (!unlocked)
        return m_context.output().error(unlocked.error());
    return m_context.output().result(
        QJsonObject{{QStringLiteral("person"), unlocked->personId},
                    {QStringLiteral("tier"), unlocked->tier},
                    {QStringLiteral("unlockedBy"), unlocked->unlockedBy},
                    {QStringLiteral("unlockedAt"), unlocked->unlockedAt.toUTC().toString(Qt::ISODateWithMs)}},
        tr("Tier %1 is open for %2").arg(unlocked->tier).arg(unlocked->personId));
}

int PathCommand::style(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path style STYLE [--person ID]"),
                         tr("Chooses how a person is coached: dives-in, hand-holding, blogger, commenter or "
                            "needs-reminders."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose style (default: yours)."),
                                    QStringLiteral("id"));
    parser.addOption(person);
    int exitCode = 0;
    QString name;
    if (!sub.parseId(arguments, m_context, tr("The coaching style."), tr("give one coaching style"), name, exitCode))
        return exitCode;
    const auto chosen = Core::coachingStyleFromName(name);
    if (!chosen)
        return m_context.output().error(Core::Error{Core::ErrorCode::PathStyleUnknown, name});
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const QString personId = parser.isSet(person) ? parser.value(person) : actorId;
    if (const auto set = workspace->path().setCoachingStyle(actorId, personId, *chosen); !set)
        return m_context.output().error(set.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("person"), personId}, {QStringLiteral("style"), name}},
                                     tr("Coaching style of %1: %2").arg(personId, name));
}

int PathCommand::tick(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path tick ITEM [--person ID]"),
                         tr("Ticks an item of the profile checklist: photo, title, bio, location or contact."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose checklist (default: yours)."),
                                    QStringLiteral("id"));
    parser.addOption(person);
    int exitCode = 0;
    QString item;
    if (!sub.parseId(arguments, m_context, tr("The checklist item."), tr("give one checklist item"), item, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const QString personId = parser.isSet(person) ? parser.value(person) : m_context.me();
    if (personId.isEmpty())
        return m_context.output().usage(tr("--person is required (or say who you are: 'podium person me ID')"));
    if (const auto ticked = (*workspace)->path().recordProfileItem(personId, item); !ticked)
        return m_context.output().error(ticked.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("person"), personId}, {QStringLiteral("item"), item}},
                                     tr("Ticked %1").arg(item));
}

int PathCommand::load(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path load FILE"),
                         tr("Makes a path definition (JSON) the onboarding path of this workspace, for everyone "
                            "(trainers only)."));
    int exitCode = 0;
    QString fileName;
    if (!sub.parseId(arguments, m_context, tr("The path definition file."), tr("give one path definition file"),
                     fileName, exitCode))
        return exitCode;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return m_context.output().error(Core::Error{Core::ErrorCode::PathDefinitionMalformed,
                                                    QStringLiteral("%1: %2").arg(fileName, file.errorString())});
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const auto loaded = workspace->path().loadDefinition(actorId, file.readAll());
    if (!loaded)
        return m_context.output().error(loaded.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("tiers"), loaded->tierCount()},
                                                 {QStringLiteral("milestones"), int(loaded->milestones().size())}},
                                     tr("The workspace now follows this path: %1 tiers, %2 milestones")
                                         .arg(loaded->tierCount())
                                         .arg(loaded->milestones().size()));
}

int PathCommand::reset(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium path reset"),
                         tr("Goes back to the onboarding path that comes with Podium (trainers only)."));
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    if (const auto reset = workspace->path().resetDefinition(actorId); !reset)
        return m_context.output().error(reset.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("builtIn"), true}},
                                     tr("The workspace follows the built-in path again"));
}

} // namespace Podium::Cli
