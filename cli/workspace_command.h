#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium workspace info`.
class WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    explicit WorkspaceCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int info(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
