#include "command_context.h"

#include "storage/database_location.h"
#include "workspace/workspace.h"

namespace Podium::Cli {

CommandContext::CommandContext(Output& output, const Core::Clock& clock, QSettings& settings, QString databaseLocation)
    : m_output(output)
    , m_clock(clock)
    , m_settings(settings)
    , m_databaseLocation(std::move(databaseLocation))
{}

CommandContext::~CommandContext() = default;

int CommandContext::runAction(const QStringList& arguments, const QList<Action>& actions)
{
    const QString group = arguments.value(0);
    const QString action = arguments.value(1);
    QStringList names;
    for (const auto& [name, run] : actions) {
        if (name == action)
            return run(arguments.mid(1));
        names << name;
    }
    const QString choices = names.join(QStringLiteral(", "));
    return m_output.usage(action.isEmpty() ? tr("%1 needs an action: %2").arg(group, choices)
                                           : tr("unknown action '%1' for %2; choose %3").arg(action, group, choices));
}

Core::Result<Core::Workspace*> CommandContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const auto location = Core::DatabaseLocation::parse(m_databaseLocation);
    if (!location)
        return location.error();
    auto opened = Core::Workspace::open(location.value(), m_clock);
    if (!opened)
        return opened.error();
    m_workspace = std::move(opened.value());
    return m_workspace.get();
}

} // namespace Podium::Cli
