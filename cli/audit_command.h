#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium audit export`: the append-only audit log as CSV for auditors.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit AuditCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int exportCsv(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
