#include "output.h"

#include "common/error_message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Podium::Cli {

Output::Output(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

void Output::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

int Output::result(const QJsonValue& json, const QString& plain)
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        m_out << plain;
        if (!plain.endsWith(QLatin1Char('\n')))
            m_out << '\n';
    }
    m_out.flush();
    return Success;
}

int Output::error(const Core::Error& error)
{
    const QString message = Core::ErrorMessage::text(error);
    if (m_json) {
        const QJsonObject body{{QStringLiteral("code"), error.codeName()},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("detail"), error.detail}};
        m_err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson());
    } else {
        m_err << QStringLiteral("podium: ") << message << '\n';
        if (!error.detail.isEmpty())
            m_err << QStringLiteral("  (") << error.codeName() << QStringLiteral(": ") << error.detail << ")\n";
    }
    m_err.flush();
    return Failure;
}

int Output::usage(const QString& message)
{
    m_err << QStringLiteral("podium: ") << message << '\n'
          << QCoreApplication::translate("Podium::Cli", "Run 'podium --help' for the list of commands.") << '\n';
    m_err.flush();
    return UsageError;
}

} // namespace Podium::Cli
