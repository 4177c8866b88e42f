// Catch2 runner with a QCoreApplication, compiled once into the support library because it is slow to build.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Tests must never touch the person's real data folder or settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PodiumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PodiumTests"));
    return Catch::Session().run(argc, argv);
}
