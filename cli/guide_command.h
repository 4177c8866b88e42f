#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium guide list|show`: the step-by-step guides, in the language chosen with --lang.
class GuideCommand
{
    Q_DECLARE_TR_FUNCTIONS(GuideCommand)

public:
    explicit GuideCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace Podium::Cli
