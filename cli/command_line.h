#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSettings;
class QTextStream;

namespace Podium::Core {
class Clock;
}

namespace Podium::Cli {

/// The scriptable face of Podium: `podium <group> <action> [options] [--json]`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream& out, QTextStream& err, const Core::Clock& clock, QSettings& settings);

    /// True when the arguments ask for the command line (a command, --help or --version) rather than the GUI.
    static bool wantsCommandLine(const QStringList& arguments);
    /// Runs and returns the process exit code: 0 done, 1 failed, 2 wrong usage.
    int run(const QStringList& arguments);

private:
    QString overview() const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Core::Clock& m_clock;
    QSettings& m_settings;
};

} // namespace Podium::Cli
