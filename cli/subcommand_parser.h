#pragma once

#include <QCommandLineParser>

namespace Podium::Cli {

class CommandContext;

/// A QCommandLineParser for one subcommand that also accepts --json and the global options, so they may be
/// written before or after the subcommand.
class SubcommandParser
{
public:
    SubcommandParser(const QString& usage, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    /// Parses; on --help prints the help and returns false with exitCode 0; on bad input prints why.
    /// --json and --database given after the subcommand are applied to the context.
    bool parse(const QStringList& arguments, CommandContext& context, int& exitCode);
    /// parse() for an action that takes exactly one id, described by `idHelp`: `id` receives it; with none
    /// or several, prints `missing` as a usage error.
    bool parseId(const QStringList& arguments, CommandContext& context, const QString& idHelp, const QString& missing,
                 QString& id, int& exitCode);

private:
    QCommandLineParser m_parser;
    QString m_usage;
};

} // namespace Podium::Cli
