#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Podium::Cli {

/// The options every invocation understands, GUI or command line: --database and --lang.
class GlobalOptions
{
public:
    GlobalOptions();

    void addTo(QCommandLineParser& parser) const;
    QString database(const QCommandLineParser& parser) const;
    QString language(const QCommandLineParser& parser) const;
    /// --lang read straight from the arguments, for installing translations before any parser prints text.
    static QString peekLanguage(const QStringList& arguments);

private:
    QCommandLineOption m_database;
    QCommandLineOption m_language;
};

} // namespace Podium::Cli
