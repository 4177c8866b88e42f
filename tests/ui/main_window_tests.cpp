#include "main_window.h"
#include "models/person_list_model.h"
#include "pages/guides_page.h"
#include "pages/home_page.h"
#include "pages/people_page.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("MainWindow offers every feature in the navigation, in order")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    QStringList entries;
    for (int i = 0; i < window.navigation()->count(); ++i)
        entries << window.navigation()->item(i)->text();
    CHECK(entries == QStringList{QStringLiteral("Home"), QStringLiteral("Compose"), QStringLiteral("Queue"),
                                 QStringLiteral("Guides"), QStringLiteral("Practice"), QStringLiteral("Progress"),
                                 QStringLiteral("People"), QStringLiteral("Settings")});
    CHECK(window.pages()->count() == entries.size());
    CHECK(window.currentPage() == Ui::NavigationPage::Home);

    window.navigation()->setCurrentRow(int(Ui::NavigationPage::People));
    CHECK(qobject_cast<Ui::PeoplePage*>(window.pages()->currentWidget()));
}

TEST_CASE("Pages that are not built yet say so plainly")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    for (const auto page : {Ui::NavigationPage::Practice, Ui::NavigationPage::Progress}) {
        window.showPage(page);
        const auto* badge = window.pages()->currentWidget()->findChild<QLabel*>(QStringLiteral("comingBadge"));
        REQUIRE(badge);
        CHECK(badge->text() == QStringLiteral("Not available yet"));
    }
}

TEST_CASE("Home's next step for an executive on their own is adding a delegate", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    auto* home = qobject_cast<Ui::HomePage*>(window.pages()->widget(int(Ui::NavigationPage::Home)));
    REQUIRE(home);
    CHECK(home->nextStepButton()->text() == QStringLiteral("Add my delegate"));

    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    home->refresh();
    CHECK(home->nextStepButton()->text() == QStringLiteral("See the people here"));
    home->nextStepButton()->click();
    CHECK(window.currentPage() == Ui::NavigationPage::People);
}

TEST_CASE("Home greets the executive by the time of day in their own zone")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("Asia/Tokyo"));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(22, 0), Qt::UTC)); // 07:00 in Tokyo
    Ui::HomePage home(f.workspace().people(), f.clock(), me);
    CHECK(home.findChild<QLabel*>(QStringLiteral("pageTitle"))->text() == QStringLiteral("Good morning, Dana"));
}

TEST_CASE("MainWindow remembers its size between runs")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    {
        Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
        window.show();
        window.resize(900, 640);
        window.close();
    }
    Ui::MainWindow again(f.workspace(), nullptr, me, f.settings());
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("Home opens the rehearsal guide in the Guides page")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    auto* home = qobject_cast<Ui::HomePage*>(window.pages()->widget(int(Ui::NavigationPage::Home)));
    REQUIRE(home);
    home->rehearsalGuideButton()->click();
    CHECK(window.currentPage() == Ui::NavigationPage::Guides);
    auto* guides = qobject_cast<Ui::GuidesPage*>(window.pages()->currentWidget());
    REQUIRE(guides);
    CHECK(guides->reader()->toPlainText().startsWith(QStringLiteral("Rehearse your first status update")));
}
