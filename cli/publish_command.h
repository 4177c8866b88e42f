#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium publish --once|--daemon`: publishes due posts without the window, for scripts and for an
/// always-on machine (see packaging's systemd user unit).
class PublishCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    explicit PublishCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    CommandContext& m_context;
};

} // namespace Podium::Cli
