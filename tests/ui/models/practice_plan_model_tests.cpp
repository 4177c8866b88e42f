#include "guides/guide_library.h"
#include "models/practice_plan_model.h"
#include "path/path_service.h"
#include "practice/practice_session.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Podium;
using namespace Podium::Tests;

namespace {

QModelIndex find(const QAbstractItemModel& model, const QString& itemId)
{
    const QModelIndexList found = model.match(model.index(0, 0), Ui::PracticePlanModel::ItemIdRole, itemId, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("PracticePlanModel offers every milestone with the guides that teach it", "[db]")
{
    WidgetFixture f;
    const Core::GuideLibrary guides(QStringLiteral("en"));
    Ui::PracticePlanModel model(Ui::PracticePlanModel::Mode::Choose);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(Ui::PracticePlanModel::catalogue(f.workspace().path().definition(), guides));

    REQUIRE(model.rowCount() == f.workspace().path().definition().milestones().size());
    const QModelIndex first = find(model, QStringLiteral("first-status-update"));
    CHECK(first.data().toString() == QStringLiteral("Post your first status update"));
    CHECK_FALSE(first.parent().isValid());
    REQUIRE(model.rowCount(first) == 2);
    // The sandbox's guide first: a session rehearses before it goes live.
    CHECK(model.index(0, 0, first).data().toString() == QStringLiteral("Rehearse your first status update"));
    CHECK(model.index(0, 0, first).data(Qt::AccessibleDescriptionRole).toString() ==
          QStringLiteral("Guide, about 5 minutes"));
    CHECK(model.index(0, 0, first).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Rehearse")));
    CHECK(model.index(0, 0, first).parent() == first);

    QSignalSpy changed(&model, &Ui::PracticePlanModel::checkedChanged);
    const QModelIndex guide = find(model, QStringLiteral("first-status-update-practice"));
    REQUIRE(model.setData(guide, Qt::Checked, Qt::CheckStateRole));
    REQUIRE(model.setData(first, Qt::Checked, Qt::CheckStateRole));
    CHECK(changed.size() == 2);
    const QList<Core::PracticePlanItem> plan = model.checkedItems();
    REQUIRE(plan.size() == 2);
    CHECK(plan.at(0).itemId == QStringLiteral("first-status-update"));
    CHECK(plan.at(0).kind == Core::PracticePlanItem::Kind::Milestone);
    CHECK(plan.at(1).itemId == QStringLiteral("first-status-update-practice"));
    CHECK(plan.at(1).kind == Core::PracticePlanItem::Kind::Guide);
}

TEST_CASE("PracticePlanModel asks before ticking a running session's plan, and never in read-only mode", "[db]")
{
    WidgetFixture f;
    const Core::GuideLibrary guides(QStringLiteral("en"));
    Core::PracticeSession session;
    session.plan = {Core::PracticePlanItem{Core::PracticePlanItem::Kind::Milestone, QStringLiteral("weekly-engagement"),
                                           f.clock().now()},
                    Core::PracticePlanItem{Core::PracticePlanItem::Kind::Guide, QStringLiteral("weekly-routine"), {}}};
    const auto entries = Ui::PracticePlanModel::plan(session, f.workspace().path().definition(), guides);

    Ui::PracticePlanModel ticking(Ui::PracticePlanModel::Mode::Tick);
    QAbstractItemModelTester tester(&ticking, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ticking.setEntries(entries);
    REQUIRE(ticking.rowCount() == 2);
    CHECK(ticking.index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(ticking.index(1, 0).data().toString() == QStringLiteral("Guide: Your 15-minute weekly engagement routine"));
    QSignalSpy asked(&ticking, &Ui::PracticePlanModel::tickRequested);
    ticking.setData(ticking.index(1, 0), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(0).toString() == QStringLiteral("weekly-routine"));
    CHECK(asked.first().at(1).toBool());
    CHECK(ticking.index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    ticking.setChecked(QStringLiteral("weekly-routine"), true);
    CHECK(ticking.index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    Ui::PracticePlanModel reading(Ui::PracticePlanModel::Mode::ReadOnly);
    QAbstractItemModelTester readingTester(&reading, QAbstractItemModelTester::FailureReportingMode::Fatal);
    reading.setEntries(entries);
    CHECK_FALSE(reading.flags(reading.index(1, 0)).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(reading.setData(reading.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(reading.index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
}
