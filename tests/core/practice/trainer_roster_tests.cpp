#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "practice/trainer_roster.h"
#include "practice_fixture.h"
#include "storage/practice_repository.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

const TrainerRosterRow& rowOf(const QList<TrainerRosterRow>& rows, const QString& executiveId)
{
    for (const TrainerRosterRow& row : rows)
        if (row.executive.id == executiveId)
            return row;
    FAIL("no row for " << executiveId.toStdString());
    return rows.first();
}

} // namespace

TEST_CASE("TrainerRoster shows each executive's sessions, open session, checklist and last activity", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    ProfileChecklist& checklist = f.workspace->profileChecklist();
    const Person quiet = f.addPerson(QStringLiteral("Ada Quist"), Role::Executive);

    const PracticeSession held = f.startSession();
    const QDateTime heldAt = f.clock.now();
    PracticeOutcome outcome;
    outcome.summary = QStringLiteral("Good start.");
    REQUIRE(sessions.finish(f.trainer.id, held.id, outcome).hasValue());
    f.clock.advance(3600 * 1000);
    const PracticeSession cancelled = f.startSession();
    REQUIRE(sessions.cancel(f.trainer.id, cancelled.id).hasValue());
    const PracticeSession open = f.startSession();

    const ProfileChecklistItem photo = *checklist.add(f.trainer.id, f.executive.id, QStringLiteral("Photo"));
    REQUIRE(checklist.add(f.trainer.id, f.executive.id, QStringLiteral("Headline")).hasValue());
    REQUIRE(checklist.tick(f.executive.id, photo.id).hasValue());

    f.clock.advance(60 * 1000);
    const Post draft = f.draftBy(f.executive.id);
    CHECK(draft.updatedAt == f.clock.now());
    f.clock.advance(60 * 1000);
    PracticeRepository practice(f.workspace->database());
    PracticeRecord own;
    own.postId = draft.id;
    own.authorPersonId = f.executive.id;
    own.kind = QStringLiteral("status");
    own.body = QStringLiteral("Rehearsed");
    own.createdAt = f.clock.now();
    const PracticeRecord stored = *practice.insertOwn(own);
    f.clock.advance(60 * 1000);
    REQUIRE(practice.like(f.executive.id, stored.id, f.clock.now()).hasValue());

    const Result<QList<TrainerRosterRow>> rows = f.workspace->trainerRoster().rows(f.trainer.id);
    REQUIRE(rows.hasValue());
    REQUIRE(rows->size() == 2);
    // In name order: Ada before Dana; no delegates or trainers.
    CHECK(rows->at(0).executive.id == quiet.id);

    const TrainerRosterRow& dana = rowOf(*rows, f.executive.id);
    CHECK(dana.executive.displayName == f.executive.displayName);
    CHECK(dana.sessionsHeld == 1);
    CHECK(dana.lastSessionAt == heldAt);
    CHECK(dana.openSessionId == open.id);
    CHECK(dana.checklistDone == 1);
    CHECK(dana.checklistTotal == 2);
    CHECK(dana.lastActivityAt == f.clock.now());

    const TrainerRosterRow& ada = rowOf(*rows, quiet.id);
    CHECK(ada.sessionsHeld == 0);
    CHECK_FALSE(ada.lastSessionAt.isValid());
    CHECK(ada.openSessionId.isEmpty());
    CHECK(ada.checklistTotal == 0);
    CHECK_FALSE(ada.lastActivityAt.isValid());
}

TEST_CASE("TrainerRoster takes the latest post change as last activity when nothing was liked", "[db]")
{
    PracticeFixture f;
    f.clock.advance(3600 * 1000);
    f.draftBy(f.executive.id);
    const QDateTime drafted = f.clock.now();
    f.clock.advance(3600 * 1000);
    const QList<TrainerRosterRow> rows = *f.workspace->trainerRoster().rows(f.trainer.id);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().lastActivityAt == drafted);
}

TEST_CASE("TrainerRoster is shown to trainers only", "[db]")
{
    PracticeFixture f;
    const Result<QList<TrainerRosterRow>> rows = f.workspace->trainerRoster().rows(f.delegate.id);
    REQUIRE_FALSE(rows.hasValue());
    CHECK(rows.error().code == ErrorCode::PracticeSessionNotTrainer);
}
