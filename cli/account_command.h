#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium account add|list|check|remove`: network accounts, their secrets kept in the OS keychain.
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    explicit AccountCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int check(const QStringList& arguments);
    int remove(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
