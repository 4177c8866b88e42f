#pragma once

#include <QJsonValue>
#include <QString>

class QTextStream;

namespace Podium::Core {
struct Error;
}

namespace Podium::Cli {

/// Writes results for people (plain text) or for programs (--json), and errors to stderr.
class Output
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    Output(QTextStream& out, QTextStream& err);

    void setJson(bool json) { m_json = json; }
    bool isJson() const { return m_json; }

    /// Prints plain text, or the JSON value when --json was given.
    int result(const QJsonValue& json, const QString& plain);
    int error(const Core::Error& error);
    int usage(const QString& message);
    QTextStream& out() { return m_out; }
    /// One progress line for people, flushed at once (a daemon's log).
    void line(const QString& text);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
};

} // namespace Podium::Cli
