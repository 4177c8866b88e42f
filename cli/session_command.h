#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Podium::Cli {

class CommandContext;

/// `podium session start|note|finish|cancel|list|show`: a trainer's one-on-one practice sessions.
class SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)

public:
    explicit SessionCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int start(const QStringList& arguments);
    int note(const QStringList& arguments);
    int finish(const QStringList& arguments);
    int cancel(const QStringList& arguments);
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    /// The person acting ("me"), or a usage error when none is marked.

    CommandContext& m_context;
};

} // namespace Podium::Cli
