// Podium's entry point: the command line when a command is given, otherwise the window.
#include "command_line.h"
#include "common/system_clock.h"
#include "global_options.h"
#include "localization.h"

#ifdef PODIUM_WITH_UI
#include "gui_startup.h"
#endif

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Podium"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("podium.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Podium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PODIUM_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

#ifdef PODIUM_WITH_UI
    // A GUI application needs a display; commands must also work over ssh and in scripts, so the choice
    // is made before any application object exists.
    if (!Podium::Cli::CommandLine::wantsCommandLine(arguments))
        return Podium::App::runGui(argc, argv);
#endif

    QCoreApplication app(argc, argv);
    Podium::Cli::Localization::install(Podium::Cli::GlobalOptions::peekLanguage(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Podium::Core::SystemClock clock;
    QSettings settings;
    return Podium::Cli::CommandLine(out, err, clock, settings).run(app.arguments());
}
