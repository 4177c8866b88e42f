#pragma once

#include "command_line.h"
#include "fake_clock.h"
#include "test_database.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

namespace Podium::Tests {

/// What one run of the command line printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Runs the command line in-process against a fresh test database, with its own settings and a still clock.
class CliFixture
{
public:
    CliFixture()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {}

    CliRun run(QStringList arguments, bool withDatabase = true)
    {
        if (withDatabase)
            arguments << QStringLiteral("--database") << m_database.url();
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode =
            Cli::CommandLine(out, err, m_clock, m_settings).run(QStringList{QStringLiteral("podium")} + arguments);
        return result;
    }

    FakeClock& clock() { return m_clock; }
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    FakeClock m_clock;
    QSettings m_settings;
};

} // namespace Podium::Tests
