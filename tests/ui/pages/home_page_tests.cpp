#include "activity_log.h"
#include "delegation/delegation_service.h"
#include "live_account.h"
#include "main_window.h"
#include "pages/compose_page.h"
#include "pages/guides_page.h"
#include "pages/home_page.h"
#include "path/path_service.h"
#include "practice/practice_session_service.h"
#include "wait_until.h"
#include "widget_fixture.h"
#include "widgets/guide_view.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

using namespace Podium;
using namespace Podium::Tests;

namespace {

Ui::HomePage* homeOf(Ui::MainWindow& window)
{
    auto* home = qobject_cast<Ui::HomePage*>(window.pages()->widget(int(Ui::NavigationPage::Home)));
    REQUIRE(home);
    return home;
}

QStringList othersOf(const Ui::HomePage& home)
{
    QStringList texts;
    for (const QPushButton* button : home.otherButtons())
        texts << button->text();
    return texts;
}

} // namespace

TEST_CASE("Home puts a new executive's first status update first and opens the composer on it", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    Ui::HomePage* home = homeOf(window);
    CHECK(home->findChild<QLabel*>(QStringLiteral("cardTitle"))->text() ==
          QStringLiteral("Complete your profile checklist"));
    // On their own, adding a delegate is offered too, but after the path.
    CHECK(othersOf(*home).contains(QStringLiteral("→  Add your delegate")));
    CHECK(home->otherButtons().size() <= 3);

    // Once the profile is done, the easy button is the first status update, with an idea to start from.
    for (const QString& item : f.workspace().path().definition().checklistItems())
        REQUIRE(f.workspace().path().recordProfileItem(me.id, item));
    home->refresh();
    CHECK(home->findChild<QLabel*>(QStringLiteral("cardTitle"))->text() ==
          QStringLiteral("Post your first status update"));
    CHECK(home->nextStepButton()->text() == QStringLiteral("Write it now"));
    home->nextStepButton()->click();
    CHECK(window.currentPage() == Ui::NavigationPage::Compose);
    auto* compose = qobject_cast<Ui::ComposePage*>(window.pages()->currentWidget());
    REQUIRE(compose);
    CHECK(compose->findChild<QComboBox*>(QStringLiteral("kind"))->currentData().toInt() == int(Core::PostKind::Status));
    CHECK_FALSE(compose->editor()->toPlainText().isEmpty());
}

TEST_CASE("Home's next step moves on as milestones are met", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    addLiveAccount(f.workspace().database(), me.id, f.clock().now());
    Ui::HomePage home(f.workspace(), me);
    CHECK(home.practiceBadge()->isHidden());
    for (const QString& item : f.workspace().path().definition().checklistItems())
        REQUIRE(f.workspace().path().recordProfileItem(me.id, item));
    ActivityLog log(f.workspace().database(), me.id);
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-3600));
    home.refresh();
    const auto* title = home.findChild<QLabel*>(QStringLiteral("cardTitle"));
    CHECK(title->text() == QStringLiteral("Keep your rhythm: post a status update"));
    // Rehearsal in the sandbox is practice: it never moves the live path on.
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-1800), true);
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-1700), true);
    home.refresh();
    CHECK(title->text() == QStringLiteral("Keep your rhythm: post a status update"));
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-600));
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-60));
    home.refresh();
    CHECK(title->text() != QStringLiteral("Keep your rhythm: post a status update"));
    CHECK_FALSE(othersOf(home).contains(QStringLiteral("→  Add your delegate")));
}

TEST_CASE("Home follows the practice path, marked PRACTICE, until the executive connects a live account", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    Ui::HomePage home(f.workspace(), me);
    home.show();
    CHECK(home.practiceBadge()->isVisible());
    for (const QString& item : f.workspace().path().definition().checklistItems())
        REQUIRE(f.workspace().path().recordProfileItem(me.id, item));
    ActivityLog log(f.workspace().database(), me.id);
    const auto* title = home.findChild<QLabel*>(QStringLiteral("cardTitle"));
    home.refresh();
    CHECK(title->text() == QStringLiteral("Post your first status update"));
    // A status update in the sandbox moves the practice path on.
    log.add(Core::ActivityKind::Status, f.clock().now().addSecs(-600), true);
    home.refresh();
    CHECK(title->text() == QStringLiteral("Keep your rhythm: post a status update"));

    // With a live account, the live path is what counts, and it has not started yet.
    addLiveAccount(f.workspace().database(), me.id, f.clock().now());
    home.refresh();
    CHECK_FALSE(home.practiceBadge()->isVisible());
    CHECK(title->text() == QStringLiteral("Post your first status update"));
}

TEST_CASE("Home notices, while on screen, a practice session a trainer started elsewhere", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    addLiveAccount(f.workspace().database(), me.id, f.clock().now());
    Ui::HomePage home(f.workspace(), me);
    CHECK_FALSE(home.refreshTimer()->isActive());
    home.show();
    REQUIRE(home.refreshTimer()->isActive());
    CHECK(home.refreshTimer()->interval() == Ui::HomePage::refreshIntervalMs);
    CHECK_FALSE(home.practiceBadge()->isVisible());

    REQUIRE(f.workspace().practiceSessions().start(jonas.id, Core::PracticeSessionRequest{me.id, {}, 30}));
    home.refreshTimer()->setInterval(10);
    CHECK(waitUntil([&] { return home.practiceBadge()->isVisible(); }));
    home.hide();
    CHECK_FALSE(home.refreshTimer()->isActive());
}

TEST_CASE("Home opens the guide beside the next step in the Guides page", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    Ui::HomePage* home = homeOf(window);
    REQUIRE(home->nextGuideButton()->isVisibleTo(home));
    home->nextGuideButton()->click();
    CHECK(window.currentPage() == Ui::NavigationPage::Guides);
    auto* guides = qobject_cast<Ui::GuidesPage*>(window.pages()->currentWidget());
    REQUIRE(guides);
    CHECK(guides->view()->plainText().contains(QStringLiteral("profile")));
}

TEST_CASE("Home sends a trainer to practice sessions and a delegate to their drafts", "[db]")
{
    WidgetFixture f;
    const auto executive = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto trainer = f.addPerson(QStringLiteral("Tess Okafor"), Core::Role::Trainer);
    Ui::HomePage coach(f.workspace(), trainer);
    CHECK(coach.nextStepButton()->text() == QStringLiteral("Open Practice"));

    const auto delegate = f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    Ui::HomePage alone(f.workspace(), delegate);
    CHECK(alone.nextStepButton()->text() == QStringLiteral("Add an executive"));
    Core::DelegationRequest request;
    request.executiveId = executive.id;
    request.delegateId = delegate.id;
    request.level = Core::DelegationLevel::Author;
    const auto grant = f.workspace().delegations().grant(executive.id, request);
    REQUIRE(grant);
    REQUIRE(f.workspace().delegations().accept(delegate.id, grant->id));
    Ui::HomePage helping(f.workspace(), delegate);
    CHECK(helping.nextStepButton()->text() == QStringLiteral("Write a draft"));
}

TEST_CASE("Home greets the executive by the time of day in their own zone", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("Asia/Tokyo"));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(22, 0), Qt::UTC)); // 07:00 in Tokyo
    Ui::HomePage home(f.workspace(), me);
    CHECK(home.findChild<QLabel*>(QStringLiteral("pageTitle"))->text() == QStringLiteral("Good morning, Dana"));
}
