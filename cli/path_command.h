#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium path show|unlock|style|tick|load|reset`: where a person is on the onboarding path and what to do next.
class PathCommand
{
    Q_DECLARE_TR_FUNCTIONS(PathCommand)

public:
    explicit PathCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int show(const QStringList& arguments);
    int unlock(const QStringList& arguments);
    int style(const QStringList& arguments);
    int tick(const QStringList& arguments);
    /// A trainer's own path definition for the workspace, and back to the built-in one.
    int load(const QStringList& arguments);
    int reset(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
