#include "global_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Podium::Cli {

GlobalOptions::GlobalOptions()
    : m_database(QStringLiteral("database"),
                 QCoreApplication::translate("Podium::Cli",
                                             "Workspace to open: an SQLite file (the default lives "
                                             "in your data folder) or postgresql://user@host:port/name."),
                 QStringLiteral("location"))
    , m_language(QStringLiteral("lang"),
                 QCoreApplication::translate("Podium::Cli", "Language of the interface, e.g. en or de."),
                 QStringLiteral("code"))
{}

void GlobalOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_database);
    parser.addOption(m_language);
}

QString GlobalOptions::database(const QCommandLineParser& parser) const
{
    return parser.value(m_database);
}

QString GlobalOptions::language(const QCommandLineParser& parser) const
{
    return parser.value(m_language);
}

} // namespace Podium::Cli

namespace Podium::Cli {

QString GlobalOptions::peekLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

} // namespace Podium::Cli
