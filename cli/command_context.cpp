#include "command_context.h"

#include "people/local_identity.h"
#include "publishing/publishing_services.h"
#include "secrets/keychain_secret_store.h"
#include "storage/database_location.h"
#include "workspace/workspace.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>

namespace Podium::Cli {

CommandContext::CommandContext(Output& output, const Core::Clock& clock, QSettings& settings, QString databaseLocation)
    : m_output(output)
    , m_clock(clock)
    , m_settings(settings)
    , m_databaseLocation(std::move(databaseLocation))
{}

CommandContext::~CommandContext()
{
    // The publishing services refer to the workspace, the keychain and the network.
    m_publishing.reset();
}

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

Core::Result<Core::PublishingServices*> CommandContext::publishing()
{
    if (m_publishing)
        return m_publishing.get();
    auto opened = workspace();
    if (!opened)
        return opened.error();
    m_secrets = std::make_unique<Core::KeychainSecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_publishing = std::make_unique<Core::PublishingServices>(**opened, *m_secrets, m_network.get());
    return m_publishing.get();
}

QString CommandContext::me()
{
    auto opened = workspace();
    return opened ? Core::LocalIdentity(m_settings).personId((*opened)->id()) : QString();
}

bool CommandContext::requireMe(QString& actorId, int& exitCode)
{
    actorId = me();
    if (actorId.isEmpty())
        exitCode = m_output.usage(tr("say who you are first: 'podium person me ID'"));
    return !actorId.isEmpty();
}

Core::Workspace* CommandContext::workspaceForMe(QString& actorId, int& exitCode)
{
    const auto opened = workspace();
    if (!opened) {
        exitCode = m_output.error(opened.error());
        return nullptr;
    }
    return requireMe(actorId, exitCode) ? opened.value() : nullptr;
}

bool CommandContext::waitFor(const bool& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return done;
}

} // namespace Podium::Cli
