#include "models/person_list_model.h"
#include "people/people_service.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("PersonListModel lists people by name and marks me", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Zoe Park"), Core::Role::Trainer, QStringLiteral("America/New_York"));
    f.addPerson(QStringLiteral("Amir Haddad"), Core::Role::Executive);

    Ui::PersonListModel model(f.workspace().people(), me.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, Ui::PersonListModel::NameColumn).data().toString() == QStringLiteral("Amir Haddad"));
    CHECK(model.index(1, Ui::PersonListModel::NameColumn).data().toString() == QStringLiteral("Zoe Park (you)"));
    CHECK(model.index(1, Ui::PersonListModel::RoleColumn).data().toString() == QStringLiteral("Trainer"));
    CHECK(model.index(1, Ui::PersonListModel::TimeZoneColumn).data().toString() == QStringLiteral("America/New York"));
    CHECK(model.index(1, 0).data(Ui::PersonListModel::PersonIdRole).toString() == me.id);

    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 3);
}
