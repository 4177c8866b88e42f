#include "coaching/engagement_service.h"
#include "models/practice_feed_model.h"
#include "platforms/practice/practice_platform.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QTimer>

using namespace Podium;
using namespace Podium::Tests;

namespace {

QList<Core::FeedItem> fetchFeed(Core::PracticePlatform& practice)
{
    std::optional<Core::Result<Core::FeedPage>> page;
    QEventLoop loop;
    practice.fetchFeed(Core::FeedRequest{100, {}}, [&](Core::Result<Core::FeedPage> result) {
        page = std::move(result);
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(page.has_value());
    REQUIRE(page->hasValue());
    return page->value().items;
}

} // namespace

TEST_CASE("PracticeFeedModel shows colleagues' posts newest first with who wrote them", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Core::PracticePlatform practice(f.workspace().database(), f.clock(), dana.id);

    Ui::PracticeFeedModel model(f.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(fetchFeed(practice));
    REQUIRE(model.rowCount() == 18);
    const QModelIndex first = model.index(0);
    CHECK(first.data(Ui::PracticeFeedModel::AuthorNameRole).toString() == QStringLiteral("Priya Raman"));
    CHECK(first.data(Ui::PracticeFeedModel::AuthorRoleRole).toString() ==
          QStringLiteral("Support Team Lead · Customer Support"));
    CHECK(first.data(Ui::PracticeFeedModel::AgeRole).toString() == QStringLiteral("2 hours ago"));
    CHECK(first.data().toString().startsWith(QStringLiteral("Our support team closed")));
    CHECK_FALSE(first.data(Ui::PracticeFeedModel::LikedRole).toBool());
    CHECK_FALSE(first.data(Ui::PracticeFeedModel::AuthorIsExecutiveRole).toBool());
    CHECK(model.index(1).data(Ui::PracticeFeedModel::CreatedAtRole).toDateTime() <
          first.data(Ui::PracticeFeedModel::CreatedAtRole).toDateTime());
    CHECK(first.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Priya Raman")));
    const int cfo = model.rowOf(QStringLiteral("seed-13"));
    REQUIRE(cfo >= 0);
    CHECK(model.index(cfo).data(Ui::PracticeFeedModel::AuthorIsExecutiveRole).toBool());
}

TEST_CASE("PracticeFeedModel shows my likes and follows, counting a like once", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Core::PracticePlatform practice(f.workspace().database(), f.clock(), dana.id);
    Ui::PracticeFeedModel model(f.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(fetchFeed(practice));

    const QModelIndex first = model.index(0);
    const int likes = first.data(Ui::PracticeFeedModel::LikesRole).toInt();
    const QString postId = first.data(Ui::PracticeFeedModel::PostIdRole).toString();
    model.markLiked(postId);
    model.markLiked(postId);
    CHECK(first.data(Ui::PracticeFeedModel::LikedRole).toBool());
    CHECK(first.data(Ui::PracticeFeedModel::LikesRole).toInt() == likes + 1);

    // Priya wrote the newest post and another further down: following her shows on both.
    model.markFollowing(QStringLiteral("priya"));
    int following = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row).data(Ui::PracticeFeedModel::FollowingRole).toBool())
            ++following;
    CHECK(following == 2);

    // What the sandbox stored comes back the same way after a reload.
    bool liked = false;
    f.workspace().engagement().like(dana.id, practice, model.item(1), [&](Core::Result<void> done) {
        REQUIRE(done.hasValue());
        liked = true;
    });
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(liked);
    model.setItems(fetchFeed(practice));
    CHECK(model.index(1).data(Ui::PracticeFeedModel::LikedRole).toBool());
    CHECK_FALSE(model.index(0).data(Ui::PracticeFeedModel::LikedRole).toBool());
}

TEST_CASE("PracticeFeedModel says how long ago a post was written", "[ui]")
{
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    CHECK(Ui::PracticeFeedModel::age(now.addSecs(-20), now) == QStringLiteral("just now"));
    CHECK(Ui::PracticeFeedModel::age(now.addSecs(-60), now) == QStringLiteral("1 minute ago"));
    CHECK(Ui::PracticeFeedModel::age(now.addSecs(-45 * 60), now) == QStringLiteral("45 minutes ago"));
    CHECK(Ui::PracticeFeedModel::age(now.addSecs(-5 * 3600), now) == QStringLiteral("5 hours ago"));
    CHECK(Ui::PracticeFeedModel::age(now.addSecs(-3600), now) == QStringLiteral("1 hour ago"));
    CHECK(Ui::PracticeFeedModel::age(now.addDays(-1), now) == QStringLiteral("yesterday"));
    CHECK(Ui::PracticeFeedModel::age(now.addDays(-3), now) == QStringLiteral("3 days ago"));
    CHECK_FALSE(Ui::PracticeFeedModel::age(now.addDays(-30), now).contains(QStringLiteral("ago")));
}
