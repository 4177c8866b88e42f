#include "grant_command.h"

#include "command_context.h"
#include "common/clock.h"
#include "common/wall_time.h"
#include "delegation/delegation_service.h"
#include "delegation_json.h"
#include "people/people_service.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Podium::Cli {

GrantCommand::GrantCommand(CommandContext& context)
    : m_context(context)
{}

int GrantCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("add"), [this](const QStringList& a) { return add(a); }},
                                {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                {QStringLiteral("accept"), [this](const QStringList& a) { return accept(a); }},
                                {QStringLiteral("revoke"), [this](const QStringList& a) { return revoke(a); }}});
}

int GrantCommand::add(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium grant add --delegate ID --level reviewer|author|editor "
                                        "[--executive ID] [--publish-without-approval] [--expires TIME]"),
                         tr("Grants a delegate access to an executive's posts (or, run by the delegate, asks for "
                            "it). The other side accepts with 'podium grant accept ID'."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption delegate(QStringLiteral("delegate"), tr("The person who acts for the executive."),
                                      QStringLiteral("id"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("reviewer (read), author (draft and submit) or editor (also edit and "
                                      "schedule)."),
                                   QStringLiteral("level"));
    const QCommandLineOption executive(QStringLiteral("executive"), tr("The executive (default: you)."),
                                       QStringLiteral("id"));
    const QCommandLineOption withoutApproval(
        QStringLiteral("publish-without-approval"),
        tr("Let the delegate's posts go out at their time even if the executive did not approve them."));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("When the grant ends: 2026-06-30 18:00 in the executive's zone, or an ISO "
                                        "8601 instant with offset."),
                                     QStringLiteral("time"));
    parser.addOptions({delegate, level, executive, withoutApproval, expires});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (!parser.isSet(delegate))
        return m_context.output().usage(tr("--delegate is required"));
    const auto parsedLevel = Core::delegationLevelFromName(parser.value(level));
    if (!parsedLevel)
        return m_context.output().usage(tr("--level must be reviewer, author or editor"));
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    // Without a "me", whoever runs it speaks for the executive, as the other commands do for the author.
    Core::DelegationRequest request;
    request.executiveId = parser.isSet(executive) ? parser.value(executive) : m_context.me();
    if (request.executiveId.isEmpty())
        return m_context.output().usage(tr("--executive is required (or say who you are: 'podium person me ID')"));
    const QString actorId = m_context.me().isEmpty() ? request.executiveId : m_context.me();
    request.delegateId = parser.value(delegate);
    request.level = *parsedLevel;
    request.publishWithoutApproval = parser.isSet(withoutApproval);
    if (parser.isSet(expires)) {
        const auto person = (*workspace)->people().find(request.executiveId);
        if (!person)
            return m_context.output().error(person.error());
        const auto instant = Core::WallTime::parse(parser.value(expires), person->timeZone);
        if (!instant)
            return m_context.output().error(instant.error());
        request.expiresAt = *instant;
    }
    const auto granted = (*workspace)->delegations().grant(actorId, request);
    if (!granted)
        return m_context.output().error(granted.error());
    const QDateTime now = m_context.clock().now();
    return m_context.output().result(
        DelegationJson::toJson(*granted, now),
        actorId == request.executiveId
            ? tr("Granted %1; it is in force once the delegate accepts it").arg(granted->id)
            : tr("Asked for %1; it is in force once the executive accepts it").arg(granted->id));
}

int GrantCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium grant list [--person ID]"),
                         tr("Lists the delegations a person gave, received or asked for."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose (default: yours)."), QStringLiteral("id"));
    parser.addOption(person);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const QString personId = parser.isSet(person) ? parser.value(person) : m_context.me();
    if (personId.isEmpty())
        return m_context.output().usage(tr("--person is required (or say who you are: 'podium person me ID')"));
    const auto grants = (*workspace)->delegations().listFor(personId);
    if (!grants)
        return m_context.output().error(grants.error());
    const QDateTime now = m_context.clock().now();
    QJsonArray json;
    QStringList lines;
    for (const Core::Delegation& grant : *grants) {
        json.append(DelegationJson::toJson(grant, now));
        lines.append(DelegationJson::line(grant, now));
    }
    if (lines.isEmpty())
        lines.append(tr("No delegations. Grant one with: podium grant add --delegate ID --level author"));
    return m_context.output().result(json, lines.join(QLatin1Char('\n')));
}

int GrantCommand::accept(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium grant accept ID"), tr("Accepts a delegation granted or asked of you."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The delegation's id."), tr("give one delegation id"), id, exitCode))
        return exitCode;
    QString actorId;
    Core::Workspace* const workspace = m_context.workspaceForMe(actorId, exitCode);
    if (!workspace)
        return exitCode;
    const auto accepted = workspace->delegations().accept(actorId, id);
    if (!accepted)
        return m_context.output().error(accepted.error());
    const QDateTime now = m_context.clock().now();
    return m_context.output().result(DelegationJson::toJson(*accepted, now),
                                     accepted->isInForce(now) ? tr("Accepted %1; it is in force").arg(id)
                                                              : tr("Accepted %1; the other side has yet to").arg(id));
}

int GrantCommand::revoke(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium grant revoke ID"),
                         tr("Ends a delegation at once. The delegate's unapproved posts go back to the executive as "
                            "drafts."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The delegation's id."), tr("give one delegation id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    QString actorId = m_context.me();
    if (actorId.isEmpty()) {
        // Without a "me", the executive revokes: the safe side to act for.
        const auto found = (*workspace)->delegations().find(id);
        if (!found)
            return m_context.output().error(found.error());
        actorId = found->executiveId;
    }
    QStringList beyondRecall;
    const auto connection =
        QObject::connect(&(*workspace)->delegations(), &Core::DelegationService::postsBeyondRecall,
                         [&beyondRecall](const QString&, const QStringList& ids) { beyondRecall = ids; });
    const auto revoked = (*workspace)->delegations().revoke(actorId, id);
    QObject::disconnect(connection);
    if (!revoked)
        return m_context.output().error(revoked.error());
    QJsonObject json = DelegationJson::toJson(*revoked, m_context.clock().now());
    json.insert(QStringLiteral("postsBeyondRecall"), QJsonArray::fromStringList(beyondRecall));
    QString plain = tr("Revoked %1").arg(id);
    if (!beyondRecall.isEmpty())
        plain += QLatin1Char('\n') +
                 tr("Already with the server, cancel there if needed: %1").arg(beyondRecall.join(QStringLiteral(", ")));
    return m_context.output().result(json, plain);
}

} // namespace Podium::Cli
