// Catch2 runner with a QApplication on the offscreen platform, so UI tests need no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "theme.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PodiumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PodiumTests"));
    Podium::Ui::Theme::apply(app);
    return Catch::Session().run(argc, argv);
}
