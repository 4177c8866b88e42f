#include "models/week_model.h"
#include "posts/post_service.h"
#include "storage/post_queue_repository.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("WeekModel places each post of the week on its day and local time", "[db]")
{
    WidgetFixture f;
    const auto ceo = f.addPerson(QStringLiteral("Amir Haddad"), Core::Role::Executive);
    Core::NewPost request;
    request.authorId = ceo.id;
    request.body = QStringLiteral("See you all at the town hall.");
    request.schedule = true;
    // The fixture's clock: Monday 2 March 2026, 09:30 UTC. Wednesday 16:00 UTC is 17:00 in Berlin.
    request.scheduledAt = QDateTime(QDate(2026, 3, 4), QTime(16, 0), Qt::UTC);
    const auto wednesday = f.workspace().posts().create(request).value();
    request.scheduledAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    f.workspace().posts().create(request).value();

    const Core::PostQueueRepository queue(f.workspace().database());
    Ui::WeekModel model(queue, QTimeZone("Europe/Berlin"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAuthors({ceo.id}, {{ceo.id, ceo.displayName}});
    model.setWeek(QDate(2026, 3, 5));
    CHECK(model.monday() == QDate(2026, 3, 2));
    REQUIRE(model.rowCount() == 1);
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data(Ui::WeekModel::PostIdRole).toString() == wednesday.id);
    CHECK(first.data(Ui::WeekModel::DayRole).toInt() == 2);
    CHECK(first.data(Ui::WeekModel::TimeRole).toString() == QStringLiteral("17:00"));
    CHECK(first.data(Ui::WeekModel::AuthorNameRole).toString() == QStringLiteral("Amir Haddad"));
    CHECK(first.data().toString() == QStringLiteral("See you all at the town hall."));

    model.setWeek(QDate(2026, 3, 9));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("WeekModel reads nothing while its calendar is hidden and catches up when shown", "[db]")
{
    WidgetFixture f;
    const auto ceo = f.addPerson(QStringLiteral("Amir Haddad"), Core::Role::Executive);
    const Core::PostQueueRepository queue(f.workspace().database());
    Ui::WeekModel model(queue, QTimeZone("Europe/Berlin"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActive(false);
    model.setAuthors({ceo.id}, {{ceo.id, ceo.displayName}});
    model.setWeek(QDate(2026, 3, 2));

    Core::NewPost request;
    request.authorId = ceo.id;
    request.body = QStringLiteral("Quarterly numbers are out.");
    request.schedule = true;
    request.scheduledAt = QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC);
    REQUIRE(f.workspace().posts().create(request));
    model.reload();
    CHECK(model.rowCount() == 0);

    model.setActive(true);
    CHECK(model.monday() == QDate(2026, 3, 2));
    CHECK(model.rowCount() == 1);
}
