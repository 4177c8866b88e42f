#include "subcommand_parser.h"

#include "command_context.h"
#include "global_options.h"

#include <QRegularExpression>
#include <QTextStream>

namespace Podium::Cli {

SubcommandParser::SubcommandParser(const QString& usage, const QString& description)
    : m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                          QCoreApplication::translate("Podium::Cli", "Print JSON for programs.")));
    GlobalOptions().addTo(m_parser);
}

bool SubcommandParser::parse(const QStringList& arguments, CommandContext& context, int& exitCode)
{
    Output& output = context.output();
    if (!m_parser.parse(arguments)) {
        exitCode = output.usage(m_parser.errorText());
        return false;
    }
    output.setJson(output.isJson() || m_parser.isSet(QStringLiteral("json")));
    const GlobalOptions global;
    if (!global.database(m_parser).isEmpty())
        context.setDatabaseLocation(global.database(m_parser));
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the executable only; show the whole subcommand instead.
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + m_usage);
        output.out() << help;
        output.out().flush();
        exitCode = Output::Success;
        return false;
    }
    return true;
}

bool SubcommandParser::parseId(const QStringList& arguments, CommandContext& context, const QString& idHelp,
                               const QString& missing, QString& id, int& exitCode)
{
    m_parser.addPositionalArgument(QStringLiteral("id"), idHelp);
    if (!parse(arguments, context, exitCode))
        return false;
    const QStringList rest = m_parser.positionalArguments();
    if (rest.size() != 1) {
        exitCode = context.output().usage(missing);
        return false;
    }
    id = rest.first();
    return true;
}

} // namespace Podium::Cli
