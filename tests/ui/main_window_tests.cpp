#include "main_window.h"
#include "models/person_list_model.h"
#include "pages/people_page.h"
#include "path/path_service.h"
#include "storage/database.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

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

TEST_CASE("MainWindow says when the workspace's own path could not be read and the built-in one is used", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto tess = f.addPerson(QStringLiteral("Tess Moreau"), Core::Role::Trainer);
    QFile builtIn(QStringLiteral(":/podium/path/path.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    Core::PathService& path = f.workspace().path();
    REQUIRE(path.loadDefinition(tess.id, builtIn.readAll()).hasValue());
    {
        Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
        CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("pathProblem")));
    }
    // As a newer Podium sharing the workspace would leave it.
    Core::Statement newer =
        f.workspace().database().prepare(QStringLiteral("UPDATE path_definition SET document = '{\"version\": 2}'"));
    REQUIRE(f.workspace().database().exec(newer).hasValue());
    REQUIRE(path.useStoredDefinition().hasValue());

    Ui::MainWindow window(f.workspace(), nullptr, me, f.settings());
    const auto* note = window.findChild<QLabel*>(QStringLiteral("pathProblem"));
    REQUIRE(note);
    CHECK(note->text() ==
          QStringLiteral("The onboarding path was written for a newer version of Podium, so Podium uses its built-in "
                         "path."));
}
