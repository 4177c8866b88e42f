#include "activity_log.h"
#include "path/path_definition_parser.h"
#include "path/path_evaluator.h"
#include "path/path_service.h"
#include "people/people_service.h"
#include "practice/profile_checklist.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

constexpr qint64 day = 24 * 3600;

struct EvaluatorFixture : WorkspaceFixture
{
    PathDefinition definition = PathDefinitionParser::builtIn();
    PathEvaluator evaluator{definition, workspace->database(), clock};
    ActivityLog log{workspace->database(), executive.id};

    PathProgress evaluate(Track track = Track::Live)
    {
        Result<PathProgress> progress = evaluator.evaluate(executive.id, track);
        REQUIRE(progress.hasValue());
        return *progress;
    }

    MilestoneProgress milestone(const QString& id, Track track = Track::Live)
    {
        const PathProgress progress = evaluate(track);
        const MilestoneProgress* found = progress.milestone(id);
        REQUIRE(found);
        return *found;
    }

    void completeProfile()
    {
        for (const QString& item : definition.checklistItems())
            REQUIRE(workspace->path().recordProfileItem(executive.id, item).hasValue());
    }
};

} // namespace

TEST_CASE("PathEvaluator meets the first status update with one status update", "[db]")
{
    EvaluatorFixture f;
    MilestoneProgress first = f.milestone(QStringLiteral("first-status-update"));
    CHECK_FALSE(first.met);
    REQUIRE(first.targets.size() == 1);
    CHECK(first.targets.first().done == 0);
    CHECK(first.targets.first().needed == 1);

    const QDateTime at = f.clock.now().addSecs(-3600);
    f.log.add(ActivityKind::Status, at);
    first = f.milestone(QStringLiteral("first-status-update"));
    CHECK(first.met);
    CHECK(first.achievedAt == at);
    CHECK(first.targets.first().done == 1);
}

TEST_CASE("PathEvaluator counts a rhythm of three status updates within fourteen days, both ends included", "[db]")
{
    EvaluatorFixture f;
    const QDateTime start = f.clock.now();
    f.log.add(ActivityKind::Status, start);
    f.log.add(ActivityKind::Status, start.addSecs(7 * day));
    f.clock.set(start.addSecs(14 * day));
    MilestoneProgress rhythm = f.milestone(QStringLiteral("status-rhythm"));
    CHECK_FALSE(rhythm.met);
    CHECK(rhythm.windowDays == 14);
    CHECK(rhythm.targets.first().done == 2);
    CHECK(rhythm.targets.first().needed == 3);

    f.log.add(ActivityKind::Status, start.addSecs(14 * day));
    rhythm = f.milestone(QStringLiteral("status-rhythm"));
    CHECK(rhythm.met);
    CHECK(rhythm.achievedAt == start.addSecs(14 * day));
}

TEST_CASE("PathEvaluator does not count a rhythm spread a second wider than its window", "[db]")
{
    EvaluatorFixture f;
    const QDateTime start = f.clock.now();
    f.log.add(ActivityKind::Status, start);
    f.log.add(ActivityKind::Status, start.addSecs(7 * day));
    f.log.add(ActivityKind::Status, start.addSecs(14 * day + 1));
    f.clock.set(start.addSecs(14 * day + 1));
    const MilestoneProgress rhythm = f.milestone(QStringLiteral("status-rhythm"));
    CHECK_FALSE(rhythm.met);
    // The window ending now holds the last two.
    CHECK(rhythm.targets.first().done == 2);
}

TEST_CASE("PathEvaluator keeps a milestone once met, after the rhythm lapses", "[db]")
{
    EvaluatorFixture f;
    f.log.repeat(3, ActivityKind::Status, f.clock.now());
    CHECK(f.milestone(QStringLiteral("status-rhythm")).met);
    f.clock.advance(60 * day * 1000);
    const MilestoneProgress later = f.milestone(QStringLiteral("status-rhythm"));
    CHECK(later.met);
    CHECK(later.targets.first().done == 0);
}

TEST_CASE("PathEvaluator meets the weekly engagement with ten likes and three comments in seven days", "[db]")
{
    EvaluatorFixture f;
    const QDateTime start = f.clock.now();
    f.log.repeat(10, ActivityKind::Like, start, false);
    f.log.repeat(2, ActivityKind::Comment, start.addSecs(day), false);
    f.clock.set(start.addSecs(2 * day));
    MilestoneProgress week = f.milestone(QStringLiteral("weekly-engagement"));
    CHECK_FALSE(week.met);
    CHECK(week.targets.at(0).kind == ActivityKind::Like);
    CHECK(week.targets.at(0).done == 10);
    CHECK(week.targets.at(1).done == 2);

    f.log.add(ActivityKind::Comment, start.addSecs(7 * day), false);
    week = f.milestone(QStringLiteral("weekly-engagement"));
    CHECK(week.met);
    REQUIRE(week.nonExecutiveShare.has_value());
    CHECK(*week.nonExecutiveShare == Approx(1.0));
}

TEST_CASE("PathEvaluator needs the weekly engagement within one week", "[db]")
{
    EvaluatorFixture f;
    const QDateTime start = f.clock.now();
    f.log.repeat(10, ActivityKind::Like, start, false);
    f.log.repeat(3, ActivityKind::Comment, start.addSecs(7 * day + 3600), false);
    CHECK_FALSE(f.milestone(QStringLiteral("weekly-engagement")).met);
}

TEST_CASE("PathEvaluator needs at least half of the engagement on non-executives' posts", "[db]")
{
    EvaluatorFixture f;
    const QDateTime start = f.clock.now().addSecs(-day);
    f.log.repeat(7, ActivityKind::Like, start, true);
    f.log.repeat(3, ActivityKind::Like, start.addSecs(3600), false);
    f.log.repeat(3, ActivityKind::Comment, start.addSecs(7200), false);
    MilestoneProgress week = f.milestone(QStringLiteral("weekly-engagement"));
    CHECK_FALSE(week.met);
    REQUIRE(week.nonExecutiveShare.has_value());
    CHECK(*week.nonExecutiveShare == Approx(6.0 / 13.0));
    CHECK(week.minNonExecutiveShare == Approx(0.5));

    f.log.add(ActivityKind::Like, start.addSecs(9000), false);
    week = f.milestone(QStringLiteral("weekly-engagement"));
    CHECK(week.met);
}

TEST_CASE("PathEvaluator counts liking the same post twice once", "[db]")
{
    EvaluatorFixture f;
    const QDateTime at = f.clock.now().addSecs(-3600);
    f.log.repeat(9, ActivityKind::Like, at, false);
    f.log.add(ActivityKind::Like, at, false, false, QStringLiteral("same"));
    f.log.add(ActivityKind::Like, at.addSecs(60), false, false, QStringLiteral("same"));
    f.log.repeat(3, ActivityKind::Comment, at, false);
    const MilestoneProgress week = f.milestone(QStringLiteral("weekly-engagement"));
    CHECK(week.targets.first().done == 10);
    CHECK(week.met);
}

TEST_CASE("PathEvaluator meets the first reply and following five colleagues", "[db]")
{
    EvaluatorFixture f;
    const QDateTime at = f.clock.now().addSecs(-3600);
    f.log.repeat(4, ActivityKind::Follow, at, false);
    f.log.add(ActivityKind::Follow, at, false, false, QStringLiteral("ref-1")); // the first colleague again
    CHECK_FALSE(f.milestone(QStringLiteral("follow-colleagues")).met);
    CHECK_FALSE(f.milestone(QStringLiteral("first-reply")).met);
    f.log.add(ActivityKind::Follow, at, false, false);
    f.log.add(ActivityKind::Reply, at);
    CHECK(f.milestone(QStringLiteral("follow-colleagues")).met);
    CHECK(f.milestone(QStringLiteral("first-reply")).met);
}

TEST_CASE("PathEvaluator meets the content milestones with an article and a post scheduled ahead", "[db]")
{
    EvaluatorFixture f;
    const QDateTime at = f.clock.now().addSecs(-3600);
    CHECK_FALSE(f.milestone(QStringLiteral("first-article")).met);
    f.log.add(ActivityKind::Article, at);
    f.log.add(ActivityKind::Scheduled, at);
    CHECK(f.milestone(QStringLiteral("first-article")).met);
    CHECK(f.milestone(QStringLiteral("first-scheduled-post")).met);
}

TEST_CASE("PathEvaluator meets the profile checklist when every item is ticked, and lists what is missing", "[db]")
{
    EvaluatorFixture f;
    REQUIRE(f.workspace->path().recordProfileItem(f.executive.id, QStringLiteral("photo")).hasValue());
    REQUIRE(f.workspace->path().recordProfileItem(f.executive.id, QStringLiteral("photo")).hasValue());
    MilestoneProgress checklist = f.milestone(QStringLiteral("profile-checklist"));
    CHECK_FALSE(checklist.met);
    CHECK(checklist.targets.first().kind == ActivityKind::ProfileItem);
    CHECK(checklist.targets.first().done == 1);
    CHECK(checklist.targets.first().needed == 5);
    CHECK(checklist.missingItems == QStringList{QStringLiteral("title"), QStringLiteral("bio"),
                                                QStringLiteral("location"), QStringLiteral("contact")});
    f.completeProfile();
    checklist = f.milestone(QStringLiteral("profile-checklist"));
    CHECK(checklist.met);
    CHECK(checklist.missingItems.isEmpty());
}

TEST_CASE("PathEvaluator measures the profile against the checklist a trainer prepared, when there is one", "[db]")
{
    EvaluatorFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Trainer"), Role::Trainer);
    ProfileChecklist& checklist = f.workspace->profileChecklist();
    const auto photo = checklist.add(trainer.id, f.executive.id, QStringLiteral("A photo from the offsite"));
    const auto headline = checklist.add(trainer.id, f.executive.id, QStringLiteral("Headline: CFO, Europe"));
    REQUIRE((photo && headline));
    // The path's generic items no longer decide: this executive's own list does.
    f.completeProfile();
    MilestoneProgress profile = f.milestone(QStringLiteral("profile-checklist"));
    CHECK_FALSE(profile.met);
    CHECK(profile.missingItems == QStringList{photo->text, headline->text});
    REQUIRE(profile.targets.size() == 1);
    CHECK(profile.targets.first().needed == 2);

    REQUIRE(checklist.tick(f.executive.id, photo->id));
    f.clock.advance(60'000);
    REQUIRE(checklist.tick(trainer.id, headline->id));
    profile = f.milestone(QStringLiteral("profile-checklist"));
    CHECK(profile.met);
    CHECK(profile.achievedAt == f.clock.now());
    CHECK(profile.missingItems.isEmpty());
}

TEST_CASE("PathEvaluator never counts practice toward live milestones, and keeps them apart", "[db]")
{
    EvaluatorFixture f;
    f.log.add(ActivityKind::Status, f.clock.now(), true);
    CHECK_FALSE(f.milestone(QStringLiteral("first-status-update"), Track::Live).met);
    CHECK(f.milestone(QStringLiteral("first-status-update"), Track::Practice).met);
    // Evaluating the practice track stored a practice achievement, not a live one.
    CHECK_FALSE(f.milestone(QStringLiteral("first-status-update"), Track::Live).met);

    f.log.add(ActivityKind::Reply, f.clock.now(), false);
    CHECK(f.milestone(QStringLiteral("first-reply"), Track::Live).met);
    CHECK_FALSE(f.milestone(QStringLiteral("first-reply"), Track::Practice).met);
}

TEST_CASE("PathEvaluator counts the profile checklist on both tracks: there is one real profile", "[db]")
{
    EvaluatorFixture f;
    f.completeProfile();
    CHECK(f.milestone(QStringLiteral("profile-checklist"), Track::Practice).met);
    CHECK(f.milestone(QStringLiteral("profile-checklist"), Track::Live).met);
}

TEST_CASE("PathEvaluator opens the next tier when every required milestone of a tier is met", "[db]")
{
    EvaluatorFixture f;
    PathProgress progress = f.evaluate();
    CHECK(progress.currentTier == 1);
    CHECK(progress.tiers.at(0).unlocked);
    CHECK_FALSE(progress.tiers.at(1).unlocked);
    CHECK(progress.nextMilestoneId == QStringLiteral("profile-checklist"));

    f.completeProfile();
    f.log.repeat(2, ActivityKind::Status, f.clock.now());
    progress = f.evaluate();
    CHECK(progress.currentTier == 1);
    CHECK(progress.nextMilestoneId == QStringLiteral("status-rhythm"));

    f.log.add(ActivityKind::Status, f.clock.now().addSecs(600));
    progress = f.evaluate();
    CHECK(progress.tiers.at(0).complete);
    CHECK(progress.currentTier == 2);
    CHECK(progress.tiers.at(1).unlocked);
    CHECK(progress.tiers.at(1).unlockedBy.isEmpty());
    CHECK_FALSE(progress.tiers.at(2).unlocked);
    CHECK(progress.nextMilestoneId == QStringLiteral("weekly-engagement"));
    // The practice track has not moved.
    CHECK(f.evaluate(Track::Practice).currentTier == 1);
}

TEST_CASE("PathEvaluator does not hold a tier back for an optional milestone", "[db]")
{
    EvaluatorFixture f;
    f.completeProfile();
    const QDateTime at = f.clock.now();
    f.log.repeat(3, ActivityKind::Status, at);
    f.log.repeat(10, ActivityKind::Like, at, false);
    f.log.repeat(3, ActivityKind::Comment, at, false);
    f.log.add(ActivityKind::Reply, at);
    f.log.repeat(5, ActivityKind::Follow, at, false);
    f.log.add(ActivityKind::Article, at);
    f.log.add(ActivityKind::Scheduled, at);
    const PathProgress progress = f.evaluate();
    CHECK(progress.currentTier == 3);
    CHECK(progress.tiers.at(2).complete);
    // With every required milestone met, the optional one is what is left.
    CHECK(progress.nextMilestoneId == QStringLiteral("review-delegate-draft"));
}

TEST_CASE("PathEvaluator halves the early targets for a person who wants hand-holding", "[db]")
{
    EvaluatorFixture f;
    REQUIRE(f.workspace->path().setCoachingStyle(f.executive.id, f.executive.id, CoachingStyle::HandHolding));
    f.log.repeat(2, ActivityKind::Status, f.clock.now());
    const PathProgress progress = f.evaluate();
    CHECK(progress.style == CoachingStyle::HandHolding);
    CHECK(progress.milestone(QStringLiteral("status-rhythm"))->met);
    CHECK(progress.milestone(QStringLiteral("status-rhythm"))->targets.first().needed == 2);
    CHECK(progress.milestone(QStringLiteral("weekly-engagement"))->targets.at(0).needed == 5);
    CHECK(progress.milestone(QStringLiteral("weekly-engagement"))->targets.at(1).needed == 2);
    CHECK(progress.milestone(QStringLiteral("follow-colleagues"))->targets.first().needed == 3);
}

TEST_CASE("PathEvaluator refuses a person who does not exist", "[db]")
{
    EvaluatorFixture f;
    const Result<PathProgress> progress = f.evaluator.evaluate(QStringLiteral("nobody"), Track::Live);
    REQUIRE_FALSE(progress.hasValue());
    CHECK(progress.error().code == ErrorCode::PersonNotFound);
}
