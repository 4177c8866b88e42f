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
