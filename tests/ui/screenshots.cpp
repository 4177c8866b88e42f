// Not a test of behaviour: renders the main screens to PNG files for people to look at, in English and German.
// Hidden from normal runs; `scripts/dev screenshots` runs it with PODIUM_SCREENSHOT_DIR set.
#include "approval_dialog.h"
#include "delegation/delegation_service.h"
#include "first_run_dialog.h"
#include "main_window.h"
#include "models/queue_model.h"
#include "pages/compose_page.h"
#include "pages/queue_page.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "widget_fixture.h"
#include "widgets/schedule_editor.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
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

/// A post Mia prepares for Dana, `hours` after the fixture's now, submitted for approval.
Core::Post prepare(WidgetFixture& f, const Core::Person& by, const Core::Person& forWhom, int hours,
                   const QString& text)
{
    Core::DraftContent content;
    content.body = text;
    content.scheduledAt = f.clock().now().addSecs(hours * 3600);
    content.scheduledZone = forWhom.timeZone;
    const auto draft = f.workspace().desk().createDraft(by.id, forWhom.id, content);
    REQUIRE(draft.hasValue());
    const auto submitted = f.workspace().desk().submit(by.id, draft->id);
    REQUIRE(submitted.hasValue());
    return submitted.value();
}

} // namespace

TEST_CASE("Screenshots of composing, the queue and an approval", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/podium_") + language + QStringLiteral(".qm")));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        WidgetFixture f;
        const auto dana =
            f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
        const auto mia = f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate, QStringLiteral("Europe/London"));
        Core::DelegationRequest request{dana.id, mia.id, Core::DelegationLevel::Author, false, {}};
        const auto grant = f.workspace().delegations().grant(dana.id, request);
        REQUIRE(f.workspace().delegations().accept(mia.id, grant->id).hasValue());
        const auto waiting = prepare(f, mia, dana, 28,
                                     QStringLiteral("Congratulations to the support team on a record month: 98% of "
                                                    "tickets solved on first contact. #teamwork"));
        prepare(f, mia, dana, 52, QStringLiteral("Looking forward to meeting the Lisbon office on Thursday."));
        const auto own = prepare(f, dana, dana, 75,
                                 QStringLiteral("Our Q2 town hall starts in one hour. Bring "
                                                "your questions! https://intranet.example/townhall"));
        REQUIRE(own.state == Core::PostState::Scheduled);

        Ui::MainWindow asMia(f.workspace(), nullptr, mia, f.settings());
        asMia.resize(1180, 760);
        asMia.showPage(Ui::NavigationPage::Compose);
        auto* composer = qobject_cast<Ui::ComposePage*>(asMia.pages()->currentWidget());
        REQUIRE(composer);
        composer->editor()->setPlainText(
            QStringLiteral("A big thank you to the team who moved our data centre this weekend without a minute of "
                           "downtime. Read how they did it: https://intranet.example/migration #engineering"));
        composer->schedule()->findChildren<QRadioButton*>().at(1)->setChecked(true);
        save(asMia, QStringLiteral("compose-") + language);

        Ui::MainWindow asDana(f.workspace(), nullptr, dana, f.settings());
        asDana.resize(1180, 760);
        asDana.showPage(Ui::NavigationPage::Queue);
        auto* queue = qobject_cast<Ui::QueuePage*>(asDana.pages()->currentWidget());
        REQUIRE(queue);
        queue->table()->setCurrentIndex(queue->model()->index(0, 0));
        save(asDana, QStringLiteral("queue-") + language);
        queue->showWeek(true);
        save(asDana, QStringLiteral("queue-week-") + language);

        Ui::ApprovalDialog approval(f.workspace(), dana.id, waiting, &asDana);
        QString edited = waiting.body;
        edited.replace(QStringLiteral("record month"), QStringLiteral("remarkable month"));
        approval.editor()->setPlainText(edited);
        save(approval, QStringLiteral("approval-") + language);
        QCoreApplication::removeTranslator(&translator);
    }
}

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
        withTeam.showPage(Ui::NavigationPage::Guides);
        save(withTeam, QStringLiteral("guides-") + language);
        withTeam.showPage(Ui::NavigationPage::Settings);
        save(withTeam, QStringLiteral("settings-") + language);
        QCoreApplication::removeTranslator(&translator);
    }
}
