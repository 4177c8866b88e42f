#include "activity_log.h"
#include "live_account.h"
#include "path/path_service.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "storage/audit_repository.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("PathService lets a trainer unlock a tier early, on both tracks, and audits it", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    PathService& path = f.workspace->path();

    const Result<TierUnlock> unlocked = path.unlockTier(trainer.id, f.executive.id, 2);
    REQUIRE(unlocked.hasValue());
    CHECK(unlocked->tier == 2);
    CHECK(unlocked->unlockedBy == trainer.id);
    CHECK(unlocked->unlockedAt == f.clock.now());

    for (const Track track : {Track::Live, Track::Practice}) {
        const PathProgress progress = *path.progress(f.executive.id, track);
        CHECK(progress.currentTier == 2);
        CHECK(progress.tiers.at(1).unlocked);
        CHECK(progress.tiers.at(1).unlockedBy == trainer.id);
        CHECK_FALSE(progress.tiers.at(2).unlocked);
    }
    const QList<AuditEvent> events =
        *AuditRepository(f.workspace->database()).forSubject(QStringLiteral("person"), f.executive.id);
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("path.tier-unlocked"));
    CHECK(events.first().actorId == trainer.id);
    CHECK(events.first().detail == QStringLiteral("tier 2"));

    // Again: the first unlock stands and nothing more is audited.
    f.clock.advance(60'000);
    const Result<TierUnlock> again = path.unlockTier(trainer.id, f.executive.id, 2);
    REQUIRE(again.hasValue());
    CHECK(again->unlockedAt == unlocked->unlockedAt);
    CHECK(f.auditActions(QStringLiteral("person"), f.executive.id).size() == 1);
}

TEST_CASE("PathService opens the tiers below one a trainer unlocked", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    REQUIRE(f.workspace->path().unlockTier(trainer.id, f.executive.id, 3).hasValue());
    const PathProgress progress = *f.workspace->path().progress(f.executive.id, Track::Live);
    CHECK(progress.currentTier == 3);
    CHECK(progress.tiers.at(1).unlocked);
}

TEST_CASE("PathService refuses a tier unlock by anyone but a trainer", "[db]")
{
    WorkspaceFixture f;
    const Person delegate = f.addPerson(QStringLiteral("Sam Okafor"), Role::Delegate);
    PathService& path = f.workspace->path();
    for (const QString& actor : {f.executive.id, delegate.id}) {
        const Result<TierUnlock> refused = path.unlockTier(actor, f.executive.id, 2);
        REQUIRE_FALSE(refused.hasValue());
        CHECK(refused.error().code == ErrorCode::PathNotTrainer);
    }
    CHECK(path.progress(f.executive.id, Track::Live)->currentTier == 1);
    CHECK(f.auditActions(QStringLiteral("person"), f.executive.id).isEmpty());
}

TEST_CASE("PathService refuses tiers that cannot be unlocked and people who do not exist", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    PathService& path = f.workspace->path();
    CHECK(path.unlockTier(trainer.id, f.executive.id, 1).error().code == ErrorCode::PathTierInvalid);
    CHECK(path.unlockTier(trainer.id, f.executive.id, 4).error().code == ErrorCode::PathTierInvalid);
    CHECK(path.unlockTier(trainer.id, QStringLiteral("nobody"), 2).error().code == ErrorCode::PersonNotFound);
}

TEST_CASE("PathService keeps a coaching style chosen by the person or a trainer", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    const Person delegate = f.addPerson(QStringLiteral("Sam Okafor"), Role::Delegate);
    PathService& path = f.workspace->path();
    CHECK_FALSE(path.coachingStyle(f.executive.id)->has_value());

    REQUIRE(path.setCoachingStyle(f.executive.id, f.executive.id, CoachingStyle::Blogger).hasValue());
    CHECK(path.coachingStyle(f.executive.id).value() == CoachingStyle::Blogger);
    REQUIRE(path.setCoachingStyle(trainer.id, f.executive.id, CoachingStyle::Commenter).hasValue());
    CHECK(path.progress(f.executive.id, Track::Live)->style == CoachingStyle::Commenter);

    const Result<void> refused = path.setCoachingStyle(delegate.id, f.executive.id, CoachingStyle::DivesIn);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().code == ErrorCode::PathStyleNotYours);
    CHECK(path.coachingStyle(f.executive.id).value() == CoachingStyle::Commenter);
    CHECK(f.auditActions(QStringLiteral("person"), f.executive.id) ==
          QStringList{QStringLiteral("path.style-chosen"), QStringLiteral("path.style-chosen")});
}

TEST_CASE("PathService ticks only the profile checklist's own items", "[db]")
{
    WorkspaceFixture f;
    const Result<void> unknown = f.workspace->path().recordProfileItem(f.executive.id, QStringLiteral("tattoo"));
    REQUIRE_FALSE(unknown.hasValue());
    CHECK(unknown.error().code == ErrorCode::PathChecklistItemUnknown);
    CHECK(f.workspace->path().recordProfileItem(QStringLiteral("nobody"), QStringLiteral("photo")).error().code ==
          ErrorCode::PersonNotFound);
}

TEST_CASE("PathService moves the next step along as milestones are met", "[db]")
{
    WorkspaceFixture f;
    PathService& path = f.workspace->path();
    ActivityLog log(f.workspace->database(), f.executive.id);

    NextSteps steps = *path.nextSteps(f.executive.id, Track::Live);
    CHECK(steps.primary.id == QStringLiteral("checklist:profile-checklist"));
    CHECK(steps.primary.kind == NextStepKind::ProfileChecklist);

    for (const QString& item : path.definition().checklistItems())
        REQUIRE(path.recordProfileItem(f.executive.id, item).hasValue());
    steps = *path.nextSteps(f.executive.id, Track::Live);
    CHECK(steps.primary.id == QStringLiteral("compose:first-status-update"));
    CHECK(steps.primary.kind == NextStepKind::Compose);
    CHECK(steps.primary.postKind == PostKind::Status);
    REQUIRE(steps.primary.suggestion.has_value());
    CHECK(steps.primary.suggestion->tier == 1);

    log.repeat(3, ActivityKind::Status, f.clock.now());
    steps = *path.nextSteps(f.executive.id, Track::Live);
    CHECK(steps.primary.id == QStringLiteral("routine:weekly-engagement"));
    CHECK(steps.primary.kind == NextStepKind::WeeklyRoutine);
    CHECK(steps.primary.guideId == QStringLiteral("weekly-routine"));
    CHECK(steps.others.size() <= 3);

    // The practice track starts afresh, with the checklist already done.
    CHECK(path.nextSteps(f.executive.id, Track::Practice)->primary.id == QStringLiteral("compose:first-status-update"));
}

TEST_CASE("PathService puts the approvals waiting for an executive among today's steps", "[db]")
{
    WorkspaceFixture f;
    NewPost request;
    request.authorId = f.executive.id;
    request.body = QStringLiteral("Prepared for you");
    const Post post = *f.workspace->posts().create(request);
    REQUIRE(f.workspace->posts()
                .transition(post.id, {PostState::Draft}, PostState::AwaitingApproval, f.executive.id,
                            QStringLiteral("test.moved"), {})
                .hasValue());
    const NextSteps steps = *f.workspace->path().nextSteps(f.executive.id, Track::Live);
    REQUIRE_FALSE(steps.others.isEmpty());
    CHECK(steps.others.first().kind == NextStepKind::ReviewApprovals);
}

TEST_CASE("PathService follows the practice track until the executive has a live account or while they practise",
          "[db]")
{
    WorkspaceFixture f;
    PathService& path = f.workspace->path();
    CHECK(*path.trackFor(f.executive.id) == Track::Practice);

    addLiveAccount(f.workspace->database(), f.executive.id, f.clock.now());
    CHECK(*path.trackFor(f.executive.id) == Track::Live);

    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    auto& sessions = f.workspace->practiceSessions();
    const Result<PracticeSession> session = sessions.start(trainer.id, PracticeSessionRequest{f.executive.id, {}, 30});
    REQUIRE(session.hasValue());
    CHECK(*path.trackFor(f.executive.id) == Track::Practice);
    REQUIRE(sessions.cancel(trainer.id, session->id).hasValue());
    CHECK(*path.trackFor(f.executive.id) == Track::Live);
}
