#include "activity_log.h"
#include "delegation/delegation_service.h"
#include "models/trainer_dashboard_model.h"
#include "path/path_service.h"
#include "practice/practice_session_service.h"
#include "widget_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Podium;
using namespace Podium::Tests;

using Model = Ui::TrainerDashboardModel;

namespace {

QString cell(const Model& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("TrainerDashboardModel shows each executive's live tier and next milestone", "[db]")
{
    WidgetFixture f;
    const auto trainer = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    const auto dana =
        f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
    const auto omar = f.addPerson(QStringLiteral("Omar Haddad"), Core::Role::Executive);
    f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);

    Model model(f.workspace(), trainer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.hasPracticeFigures());
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, Model::NameColumn) == QStringLiteral("Dana Whitfield"));
    CHECK(cell(model, 1, Model::NameColumn) == QStringLiteral("Omar Haddad"));
    CHECK(model.index(0, 0).data(Model::PersonIdRole).toString() == dana.id);
    CHECK(cell(model, 0, Model::TierColumn) == QStringLiteral("1 · Status updates"));
    CHECK(cell(model, 0, Model::NextMilestoneColumn) == QStringLiteral("Complete your profile"));
    CHECK(cell(model, 0, Model::LastActivityColumn) == QStringLiteral("Not yet"));
    CHECK(cell(model, 0, Model::SessionsColumn) == QStringLiteral("0"));
    // Without a checklist from the trainer, the path's five generic items count.
    CHECK(cell(model, 0, Model::ChecklistColumn) == QStringLiteral("0 of 5"));
    CHECK(cell(model, 0, Model::InSessionColumn).isEmpty());

    // Dana finishes tier 1 on the live network; Omar only rehearses, which the dashboard does not count.
    const QDateTime now = f.clock().now();
    ActivityLog danaLog(f.workspace().database(), dana.id);
    for (const QString& item : f.workspace().path().definition().checklistItems())
        danaLog.add(Core::ActivityKind::ProfileItem, now.addDays(-3), false, {}, item);
    danaLog.repeat(3, Core::ActivityKind::Status, now.addDays(-2));
    ActivityLog omarLog(f.workspace().database(), omar.id);
    omarLog.repeat(3, Core::ActivityKind::Status, now.addDays(-1));
    omarLog.add(Core::ActivityKind::Status, now.addSecs(-600), true);

    Core::PracticeSessionRequest request;
    request.executiveId = omar.id;
    request.plan = {{Core::PracticePlanItem::Kind::Milestone, QStringLiteral("first-status-update"), {}}};
    REQUIRE(f.workspace().practiceSessions().start(trainer.id, request).hasValue());

    REQUIRE(model.reload().hasValue());
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, Model::TierColumn) == QStringLiteral("2 · Interactions"));
    CHECK(cell(model, 0, Model::NextMilestoneColumn) == QStringLiteral("Engage for a week"));
    CHECK(cell(model, 0, Model::ChecklistColumn) == QStringLiteral("5 of 5"));
    CHECK(cell(model, 1, Model::TierColumn) == QStringLiteral("1 · Status updates"));
    // Omar's statuses count, his profile does not: it stays his next milestone.
    CHECK(cell(model, 1, Model::NextMilestoneColumn) == QStringLiteral("Complete your profile"));
    CHECK(cell(model, 1, Model::InSessionColumn) == QStringLiteral("● In session"));
    CHECK(model.index(0, Model::TierColumn).data(Model::SortRole).toInt() >
          model.index(1, Model::TierColumn).data(Model::SortRole).toInt());

    // A trainer opening tier 3 early moves the row too.
    REQUIRE(f.workspace().path().unlockTier(trainer.id, omar.id, 3).hasValue());
    REQUIRE(model.reload().hasValue());
    CHECK(cell(model, 1, Model::TierColumn) == QStringLiteral("3 · Content"));
}

TEST_CASE("TrainerDashboardModel shows a session held as the last activity", "[db]")
{
    WidgetFixture f;
    const auto trainer = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Core::PracticeSessionRequest request;
    request.executiveId = dana.id;
    const auto session = f.workspace().practiceSessions().start(trainer.id, request);
    REQUIRE(session.hasValue());
    f.clock().advance(45 * 60 * 1000);
    REQUIRE(f.workspace()
                .practiceSessions()
                .finish(trainer.id, session->id, {QStringLiteral("Went well."), 4, false, {}})
                .hasValue());
    f.clock().advance(26 * 3600 * 1000);

    Model model(f.workspace(), trainer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, Model::SessionsColumn) == QStringLiteral("1"));
    // Started 09:30 UTC yesterday: 10:30 in Berlin, where the trainer is.
    CHECK(cell(model, 0, Model::LastActivityColumn).startsWith(QStringLiteral("Yesterday")));
    CHECK(cell(model, 0, Model::LastActivityColumn).contains(QStringLiteral("10:30")));
}

TEST_CASE("TrainerDashboardModel lists a delegate's executives without practice figures", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    f.addPerson(QStringLiteral("Omar Haddad"), Core::Role::Executive);
    const auto mia = f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);

    Model before(f.workspace(), mia);
    CHECK(before.rowCount() == 0);

    Core::DelegationRequest request{dana.id, mia.id, Core::DelegationLevel::Reviewer, false, {}};
    const auto grant = f.workspace().delegations().grant(dana.id, request);
    REQUIRE(grant.hasValue());
    REQUIRE(f.workspace().delegations().accept(mia.id, grant->id).hasValue());

    Model model(f.workspace(), mia);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(model.hasPracticeFigures());
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, Model::NameColumn) == QStringLiteral("Dana Whitfield"));
    CHECK(cell(model, 0, Model::NextMilestoneColumn) == QStringLiteral("Complete your profile"));
}
