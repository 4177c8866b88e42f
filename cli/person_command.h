#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium person add|list|me`.
class PersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)

public:
    explicit PersonCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int me(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
