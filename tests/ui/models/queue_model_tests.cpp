#include "models/queue_model.h"
#include "posts/post_service.h"
#include "storage/post_queue_repository.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Podium;
using namespace Podium::Tests;

namespace {

Core::Post scheduled(WidgetFixture& f, const Core::Person& author, int minutes)
{
    Core::NewPost request;
    request.authorId = author.id;
    request.body = QStringLiteral("Quarterly numbers are in: thank you all.");
    request.scheduledAt = f.clock().now().addSecs(minutes * 60);
    request.schedule = true;
    return f.workspace().posts().create(request).value();
}

} // namespace

TEST_CASE("QueueModel reads the queue a page at a time as the view asks for more", "[db]")
{
    WidgetFixture f;
    const auto ceo = f.addPerson(QStringLiteral("Amir Haddad"), Core::Role::Executive);
    for (int i = 0; i < Ui::QueueModel::pageSize + 20; ++i)
        scheduled(f, ceo, 10 + i);

    const Core::PostQueueRepository queue(f.workspace().database());
    Ui::QueueModel model(queue, QTimeZone("Europe/Berlin"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAuthors({ceo.id}, {{ceo.id, ceo.displayName}});
    model.setFilter(Core::QueueFilter::Scheduled);
    CHECK(model.rowCount() == Ui::QueueModel::pageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == Ui::QueueModel::pageSize + 20);
    CHECK_FALSE(model.canFetchMore({}));

    // 09:40 UTC on Monday 2 March 2026 is 10:40 in Berlin.
    CHECK(model.index(0, Ui::QueueModel::WhenColumn).data().toString().contains(QStringLiteral("10:40")));
    CHECK(model.index(0, Ui::QueueModel::ExecutiveColumn).data().toString() == QStringLiteral("Amir Haddad"));
    CHECK(model.index(0, Ui::QueueModel::StatusColumn).data().toString() == QStringLiteral("Scheduled"));
    CHECK(model.index(0, Ui::QueueModel::PostColumn).data().toString().startsWith(QStringLiteral("[Practice]")));

    model.setFilter(Core::QueueFilter::Drafts);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("QueueModel shows nothing of executives it was not given", "[db]")
{
    WidgetFixture f;
    const auto mine = f.addPerson(QStringLiteral("Amir Haddad"), Core::Role::Executive);
    const auto other = f.addPerson(QStringLiteral("Dana Fischer"), Core::Role::Executive);
    const auto post = scheduled(f, mine, 30);
    scheduled(f, other, 40);

    const Core::PostQueueRepository queue(f.workspace().database());
    Ui::QueueModel model(queue, QTimeZone("Europe/Berlin"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAuthors({mine.id}, {{mine.id, mine.displayName}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(Ui::QueueModel::PostIdRole).toString() == post.id);
    CHECK(model.rowOf(post.id) == 0);
}
