#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium queue`: what waits, what went out, what needs a person, at a glance.
class QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)

public:
    explicit QueueCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    CommandContext& m_context;
};

} // namespace Podium::Cli
