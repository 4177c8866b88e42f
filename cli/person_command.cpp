#include "person_command.h"

#include "command_context.h"
#include "common/error_message.h"
#include "people/local_identity.h"
#include "people/people_service.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Podium::Cli {

namespace {

QJsonObject toJson(const Core::Person& person, bool isMe)
{
    return QJsonObject{{QStringLiteral("id"), person.id},
                       {QStringLiteral("name"), person.displayName},
                       {QStringLiteral("role"), Core::roleName(person.role)},
                       {QStringLiteral("timeZone"), person.timeZone},
                       {QStringLiteral("createdAt"), person.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("me"), isMe}};
}

} // namespace

PersonCommand::PersonCommand(CommandContext& context)
    : m_context(context)
{}

int PersonCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments, {{QStringLiteral("add"), [this](const QStringList& a) { return add(a); }},
                                           {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                           {QStringLiteral("me"), [this](const QStringList& a) { return me(a); }}});
}

int PersonCommand::add(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium person add --name NAME --role ROLE [--zone ZONE] [--me]"),
                         tr("Adds a person to the workspace."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption name(QStringLiteral("name"), tr("Full name as colleagues know it."),
                                  QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), tr("executive, delegate or trainer."),
                                  QStringLiteral("role"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  tr("IANA time zone, e.g. Europe/Berlin (default: this "
                                     "computer's)."),
                                  QStringLiteral("zone"));
    const QCommandLineOption me(QStringLiteral("me"), tr("Remember this person as you on this computer."));
    parser.addOptions({name, role, zone, me});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (!parser.isSet(name))
        return m_context.output().usage(tr("--name is required"));
    const auto parsedRole = Core::roleFromName(parser.value(role));
    if (!parsedRole)
        return m_context.output().error(Core::Error{Core::ErrorCode::PersonRoleUnknown, parser.value(role)});

    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const QString zoneId = parser.isSet(zone) ? parser.value(zone) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const auto person = workspace.value()->people().add(parser.value(name), *parsedRole, zoneId);
    if (!person)
        return m_context.output().error(person.error());
    if (parser.isSet(me))
        Core::LocalIdentity(m_context.settings()).setPersonId(workspace.value()->id(), person->id);
    return m_context.output().result(
        toJson(person.value(), parser.isSet(me)),
        tr("Added %1 (%2) with id %3").arg(person->displayName, Core::roleName(person->role), person->id));
}

int PersonCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium person list"), tr("Lists the people in the workspace."));
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto people = workspace.value()->people().list();
    if (!people)
        return m_context.output().error(people.error());

    const QString myId = Core::LocalIdentity(m_context.settings()).personId(workspace.value()->id());
    QJsonArray json;
    QString plain;
    for (const Core::Person& person : people.value()) {
        json.append(toJson(person, person.id == myId));
        plain += QStringLiteral("%1  %2  %3  %4%5\n")
                     .arg(person.id, Core::roleName(person.role).leftJustified(9), person.timeZone.leftJustified(20),
                          person.displayName, person.id == myId ? tr(" (you)") : QString());
    }
    if (people->isEmpty())
        plain = tr("No people yet. Add one with: podium person add --name NAME --role executive");
    return m_context.output().result(json, plain);
}

int PersonCommand::me(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium person me ID"),
                         tr("Remembers this person as you on this computer: an executive and their delegate "
                            "sharing a workspace each say who they are."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The person's id."), tr("give one person id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto person = workspace.value()->people().find(id);
    if (!person)
        return m_context.output().error(person.error());
    Core::LocalIdentity(m_context.settings()).setPersonId(workspace.value()->id(), person->id);
    return m_context.output().result(toJson(*person, true), tr("You are %1 on this computer").arg(person->displayName));
}

} // namespace Podium::Cli
