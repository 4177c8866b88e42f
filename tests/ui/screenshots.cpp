// Not a test of behaviour: renders the main screens to PNG files for people to look at, in English and German.
// Hidden from normal runs; `scripts/dev screenshots` runs it with PODIUM_SCREENSHOT_DIR set.
#include "first_run_dialog.h"
#include "main_window.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

using namespace Podium;
using namespace Podium::Tests;

namespace {

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    widget.show();
    QApplication::processEvents();
    REQUIRE(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("Screenshots of the first-run dialog and the main window", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/podium_") + language + QStringLiteral(".qm")));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        WidgetFixture f;
        {
            Ui::FirstRunDialog dialog(f.workspace().people());
            save(dialog, QStringLiteral("first-run-") + language);
        }
        const auto me =
            f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
        Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
        window.resize(1100, 720);
        save(window, QStringLiteral("home-") + language);
        f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate, QStringLiteral("Europe/London"));
        f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer, QStringLiteral("Europe/Berlin"));
        Ui::MainWindow withTeam(f.workspace(), nullptr, me, f.settings());
        withTeam.resize(1100, 720);
        withTeam.showPage(Ui::NavigationPage::People);
        save(withTeam, QStringLiteral("people-") + language);
        withTeam.showPage(Ui::NavigationPage::Compose);
        save(withTeam, QStringLiteral("compose-preview-") + language);
        withTeam.showPage(Ui::NavigationPage::Guides);
        save(withTeam, QStringLiteral("guides-") + language);
        withTeam.showPage(Ui::NavigationPage::Settings);
        save(withTeam, QStringLiteral("settings-") + language);
        QCoreApplication::removeTranslator(&translator);
    }
}
