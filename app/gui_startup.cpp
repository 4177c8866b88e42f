#include "gui_startup.h"

#include "common/error_message.h"
#include "common/system_clock.h"
#include "first_run_dialog.h"
#include "global_options.h"
#include "localization.h"
#include "main_window.h"
#include "people/local_identity.h"
#include "people/people_service.h"
#include "publishing/publishing_services.h"
#include "secrets/keychain_secret_store.h"
#include "theme.h"
#include "widgets/first_paint_probe.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Podium::App {

namespace {

int showStartupError(const Core::Error& error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Podium::App", "Podium cannot start"),
                    Core::ErrorMessage::text(error), QMessageBox::Close);
    box.setDetailedText(error.codeName() + QStringLiteral(": ") + error.detail);
    box.exec();
    return 1;
}

} // namespace

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Lets Wayland match the window to the installed launcher and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.podium.Podium"));
    QSettings settings;
    QCommandLineParser parser;
    const Cli::GlobalOptions options;
    options.addTo(parser);
    parser.process(app);

    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? options.language(parser)
                                 : settings.value(QStringLiteral("ui/language")).toString();
    Cli::Localization::install(language);
    Ui::Theme::apply(app);

    const Core::SystemClock clock;
    const auto location = Core::DatabaseLocation::parse(options.database(parser));
    if (!location)
        return showStartupError(location.error());
    auto workspace = Core::Workspace::open(location.value(), clock);
    if (!workspace)
        return showStartupError(workspace.error());

    Core::LocalIdentity identity(settings);
    auto me = workspace.value()->people().find(identity.personId(workspace.value()->id()));
    if (!me) {
        if (me.error().code != Core::ErrorCode::PersonNotFound)
            return showStartupError(me.error());
        Ui::FirstRunDialog welcome(workspace.value()->people());
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        identity.setPersonId(workspace.value()->id(), welcome.person().id);
        me = welcome.person();
    }

    Core::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    Core::PublishingServices publishing(*workspace.value(), secrets, &network);
    Ui::MainWindow window(*workspace.value(), &publishing, me.value(), settings);
    if (qEnvironmentVariableIsSet("PODIUM_EXIT_AFTER_FIRST_PAINT"))
        new Ui::FirstPaintProbe(&window);
    window.show();
    // After the first paint: publishing reconciles and sends what is due, which must not delay the window.
    QTimer::singleShot(0, &window, [&] {
        if (const auto started = publishing.startPublishing(); !started)
            window.statusBar()->showMessage(
                QCoreApplication::translate("Podium::App", "Not publishing from this window: %1")
                    .arg(Core::ErrorMessage::text(started.error())));
    });
    return app.exec();
}

} // namespace Podium::App
