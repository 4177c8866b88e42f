#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Podium::Cli {

QString Localization::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // The translators live as long as the application; parenting them to it frees them at exit.
    auto* podium = new QTranslator(QCoreApplication::instance());
    if (!podium->load(locale, QStringLiteral("podium"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete podium;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(podium);

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace Podium::Cli
