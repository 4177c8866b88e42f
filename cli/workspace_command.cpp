#include "workspace_command.h"

#include "command_context.h"
#include "people/local_identity.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace Podium::Cli {

WorkspaceCommand::WorkspaceCommand(CommandContext& context)
    : m_context(context)
{}

int WorkspaceCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments, {{QStringLiteral("info"), [this](const QStringList& a) { return info(a); }}});
}

int WorkspaceCommand::info(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium workspace info"),
                         tr("Shows where the workspace is kept and what it holds."));
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto info = workspace.value()->info();
    if (!info)
        return m_context.output().error(info.error());

    const QString backend =
        info->backend == Core::DatabaseBackend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const QString me = Core::LocalIdentity(m_context.settings()).personId(info->id);
    const QJsonObject json{{QStringLiteral("id"), info->id},
                           {QStringLiteral("name"), info->name},
                           {QStringLiteral("backend"), backend},
                           {QStringLiteral("location"), info->location},
                           {QStringLiteral("schemaVersion"), info->schemaVersion},
                           {QStringLiteral("latestSchemaVersion"), info->latestSchemaVersion},
                           {QStringLiteral("people"), info->peopleCount},
                           {QStringLiteral("me"), me},
                           {QStringLiteral("createdAt"), info->createdAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("backup"), info->backupPath},
                           {QStringLiteral("appVersion"), QStringLiteral(PODIUM_VERSION)}};
    QString plain = tr("Workspace:  %1 (%2)\n").arg(info->name, info->id) +
                    tr("Storage:    %1, %2\n").arg(backend, info->location) +
                    tr("Schema:     version %1\n").arg(info->schemaVersion) +
                    tr("People:     %1\n").arg(info->peopleCount) +
                    tr("You:        %1\n").arg(me.isEmpty() ? tr("not set (podium person add … --me)") : me);
    if (!info->backupPath.isEmpty())
        plain += tr("Backup:     %1 (made before this update)\n").arg(info->backupPath);
    return m_context.output().result(json, plain);
}

} // namespace Podium::Cli
