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

    Ui::PersonListModel model(f.workspace().people(), f.clock(), me.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, Ui::PersonListModel::NameColumn).data().toString() == QStringLiteral("Amir Haddad"));
    CHECK(model.index(1, Ui::PersonListModel::NameColumn).data().toString() == QStringLiteral("Zoe Park (you)"));
    CHECK(model.index(1, Ui::PersonListModel::RoleColumn).data().toString() == QStringLiteral("Trainer"));
    CHECK(model.index(1, Ui::PersonListModel::TimeZoneColumn).data().toString() == QStringLiteral("America/New York"));
    CHECK(model.index(1, 0).data(Ui::PersonListModel::PersonIdRole).toString() == me.id);
    // The fixture's clock says 09:30 UTC on Monday 2 March 2026: 04:30 in New York.
    CHECK(model.index(1, Ui::PersonListModel::LocalTimeColumn).data().toString().contains(QStringLiteral("4:30")));

    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 3);
}
