#include "main_window.h"
#include "models/person_list_model.h"
#include "pages/people_page.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

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
