#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium grant add|list|accept|revoke`: delegations between executives and their delegates.
class GrantCommand
{
    Q_DECLARE_TR_FUNCTIONS(GrantCommand)

public:
    explicit GrantCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int accept(const QStringList& arguments);
    int revoke(const QStringList& arguments);
    /// The person acting ("me"), or a usage error when none is marked.

    CommandContext& m_context;
};

} // namespace Podium::Cli
