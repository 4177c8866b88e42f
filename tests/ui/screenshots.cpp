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
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "wait_until.h"
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

/// The app in one language for the length of a scope: its translation installed and its locale the default.
class Translated
{
public:
    explicit Translated(const QString& language)
    {
        if (language != QLatin1String("en")) {
            REQUIRE(m_translator.load(QStringLiteral(":/i18n/podium_") + language + QStringLiteral(".qm")));
            QCoreApplication::installTranslator(&m_translator);
        }
        QLocale::setDefault(QLocale(language));
    }
    ~Translated() { QCoreApplication::removeTranslator(&m_translator); }
    Translated(const Translated&) = delete;
    Translated& operator=(const Translated&) = delete;

private:
    QTranslator m_translator;
};

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
        const Translated translated(language);
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
    }
}

TEST_CASE("Screenshots of the first-run dialog and the main window", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const Translated translated(language);
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
    }
}

// The Progress page's own includes and helpers stay beside its screenshots.
#include "activity_log.h"
#include "pages/progress_page.h"
#include "path/path_service.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"

namespace {

/// A finished practice session of `trainer` with `executive`, started `daysAgo` days before now.
void holdSession(WidgetFixture& f, const Core::Person& trainer, const Core::Person& executive, int daysAgo)
{
    const QDateTime now = f.clock().now();
    f.clock().set(now.addDays(-daysAgo));
    Core::PracticeSessionRequest request;
    request.executiveId = executive.id;
    const auto session = f.workspace().practiceSessions().start(trainer.id, request);
    REQUIRE(session.hasValue());
    f.clock().advance(40 * 60 * 1000);
    REQUIRE(f.workspace()
                .practiceSessions()
                .finish(trainer.id, session->id, {QStringLiteral("Good session."), 4, false, {}})
                .hasValue());
    f.clock().set(now);
}

void tickGenericProfile(WidgetFixture& f, const Core::Person& person, const QDateTime& at, int items = 5)
{
    ActivityLog log(f.workspace().database(), person.id);
    const QStringList all = f.workspace().path().definition().checklistItems();
    for (const QString& item : all.mid(0, items))
        log.add(Core::ActivityKind::ProfileItem, at, false, {}, item);
}

} // namespace

TEST_CASE("Screenshots of the progress page and the trainer's dashboard", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const Translated translated(language);
        const bool german = language == QLatin1String("de");
        WidgetFixture f;
        const QDateTime now = f.clock().now();
        const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
        const auto dana =
            f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
        const auto omar = f.addPerson(QStringLiteral("Omar Haddad"), Core::Role::Executive);
        const auto priya = f.addPerson(QStringLiteral("Priya Raman"), Core::Role::Executive);
        const auto lukas = f.addPerson(QStringLiteral("Lukas Brandt"), Core::Role::Executive);
        const auto sofia = f.addPerson(QStringLiteral("Sofia Marquez"), Core::Role::Executive);

        // Dana: a profile checklist her trainer prepared, all ticked; two of three updates for her rhythm.
        f.clock().set(now.addDays(-12));
        for (const QString& text :
             german ? QStringList{QStringLiteral("Neues Porträtfoto"), QStringLiteral("Titel: Chief Operating Officer"),
                                  QStringLiteral("Kurzbiografie in zwei Sätzen"), QStringLiteral("Standort Boston")}
                    : QStringList{QStringLiteral("New headshot"), QStringLiteral("Title: Chief Operating Officer"),
                                  QStringLiteral("A two-sentence bio"), QStringLiteral("Location: Boston")}) {
            const auto item = f.workspace().profileChecklist().add(jonas.id, dana.id, text);
            REQUIRE(item.hasValue());
            REQUIRE(f.workspace().profileChecklist().tick(dana.id, item->id).hasValue());
        }
        f.clock().set(now);
        ActivityLog danaLog(f.workspace().database(), dana.id);
        danaLog.add(Core::ActivityKind::Status, now.addDays(-9));
        danaLog.add(Core::ActivityKind::Status, now.addDays(-3));
        danaLog.add(Core::ActivityKind::Status, now.addDays(-11), true);
        REQUIRE(f.workspace().path().setCoachingStyle(dana.id, dana.id, Core::CoachingStyle::DivesIn).hasValue());
        holdSession(f, jonas, dana, 11);
        holdSession(f, jonas, dana, 4);

        // Omar: tier 1 done weeks ago, halfway through his first week of engagement.
        tickGenericProfile(f, omar, now.addDays(-24));
        ActivityLog omarLog(f.workspace().database(), omar.id);
        omarLog.repeat(3, Core::ActivityKind::Status, now.addDays(-20));
        omarLog.repeat(5, Core::ActivityKind::Follow, now.addDays(-15));
        omarLog.repeat(6, Core::ActivityKind::Like, now.addDays(-3), false);
        omarLog.add(Core::ActivityKind::Comment, now.addDays(-2), false, false);
        for (int days : {26, 19, 1})
            holdSession(f, jonas, omar, days);

        // Priya: two tiers done and her first article out.
        tickGenericProfile(f, priya, now.addDays(-60));
        ActivityLog priyaLog(f.workspace().database(), priya.id);
        priyaLog.repeat(4, Core::ActivityKind::Status, now.addDays(-55));
        priyaLog.repeat(10, Core::ActivityKind::Like, now.addDays(-40), false);
        priyaLog.repeat(3, Core::ActivityKind::Comment, now.addDays(-39), false);
        priyaLog.add(Core::ActivityKind::Reply, now.addDays(-38));
        priyaLog.repeat(5, Core::ActivityKind::Follow, now.addDays(-37));
        priyaLog.add(Core::ActivityKind::Article, now.addDays(-8));
        for (int days : {58, 44, 30, 6})
            holdSession(f, jonas, priya, days);

        // Sofia: a first update and part of her profile; her trainer opened tier 2 early.
        tickGenericProfile(f, sofia, now.addDays(-14), 3);
        ActivityLog(f.workspace().database(), sofia.id).add(Core::ActivityKind::Status, now.addDays(-2));
        holdSession(f, jonas, sofia, 13);
        REQUIRE(f.workspace().path().unlockTier(jonas.id, sofia.id, 2).hasValue());

        // Lukas: new, and in his first practice session right now.
        f.clock().set(now.addSecs(-20 * 60));
        Core::PracticeSessionRequest request;
        request.executiveId = lukas.id;
        REQUIRE(f.workspace().practiceSessions().start(jonas.id, request).hasValue());
        f.clock().set(now);

        {
            Ui::ProgressPage page(f.workspace(), dana);
            page.resize(960, 900);
            save(page, QStringLiteral("progress-") + language);
        }
        {
            Ui::ProgressPage page(f.workspace(), jonas);
            page.resize(960, 900);
            REQUIRE(page.selectExecutive(omar.id));
            save(page, QStringLiteral("trainer-dashboard-") + language);
        }
    }
}

TEST_CASE("Screenshots of a trainer in the middle of a practice session", "[.screenshots]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const Translated translated(language);
        WidgetFixture f;
        const auto dana =
            f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
        f.addPerson(QStringLiteral("Omar Farouk"), Core::Role::Executive, QStringLiteral("Europe/London"));
        const auto jonas =
            f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer, QStringLiteral("Europe/Berlin"));
        auto& sessions = f.workspace().practiceSessions();
        Core::PracticeSessionRequest request{dana.id, {}, 45};
        using Kind = Core::PracticePlanItem::Kind;
        request.plan = {{Kind::Milestone, QStringLiteral("first-status-update"), {}},
                        {Kind::Guide, QStringLiteral("first-status-update-practice"), {}},
                        {Kind::Milestone, QStringLiteral("weekly-engagement"), {}},
                        {Kind::Guide, QStringLiteral("liking-and-commenting"), {}}};
        const auto session = sessions.start(jonas.id, request);
        REQUIRE(session.hasValue());
        f.clock().advance(6 * 60 * 1000);
        REQUIRE(
            sessions.tickPlanItem(jonas.id, session->id, QStringLiteral("first-status-update-practice")).hasValue());
        REQUIRE(
            sessions.addNote(jonas.id, session->id, QStringLiteral("Wrote a first update in two minutes.")).hasValue());
        f.clock().advance(8 * 60 * 1000);
        REQUIRE(sessions.tickPlanItem(jonas.id, session->id, QStringLiteral("first-status-update")).hasValue());
        REQUIRE(sessions.addNote(jonas.id, session->id, QStringLiteral("Unsure how personal a comment may be."))
                    .hasValue());
        auto& checklist = f.workspace().profileChecklist();
        const auto photo = checklist.add(jonas.id, dana.id, QStringLiteral("Add a recent photo"));
        REQUIRE(photo.hasValue());
        REQUIRE(checklist.tick(jonas.id, photo->id).hasValue());
        REQUIRE(checklist.add(jonas.id, dana.id, QStringLiteral("Write a two-line bio")).hasValue());
        f.clock().advance(3 * 60 * 1000 + 25 * 1000);

        Ui::MainWindow window(f.workspace(), nullptr, jonas, f.settings());
        window.resize(1180, 760);
        window.showPage(Ui::NavigationPage::Practice);
        auto* feed = window.findChild<QAbstractItemView*>(QStringLiteral("practiceFeed"));
        REQUIRE(feed);
        REQUIRE(waitUntil([&] { return feed->model()->rowCount() > 0; }));
        save(window, QStringLiteral("practice-") + language);
    }
}
