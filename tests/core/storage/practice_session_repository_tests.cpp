#include "common/ids.h"
#include "storage/database.h"
#include "storage/practice_session_repository.h"
#include "workspace_fixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

struct RepositoryFixture : WorkspaceFixture
{
    Person trainer = addPerson(QStringLiteral("Toni Reyes"), Role::Trainer);
    PracticeSessionRepository repository{workspace->database()};

    PracticeSession session() const
    {
        PracticeSession made;
        made.id = newId();
        made.trainerId = trainer.id;
        made.executiveId = executive.id;
        made.plannedMinutes = 45;
        made.startedAt = clock.now();
        made.plan = {{PracticePlanItem::Kind::Milestone, QStringLiteral("first-reply"), {}},
                     {PracticePlanItem::Kind::Guide, QStringLiteral("replying-to-comments"), {}}};
        return made;
    }

    Result<void> inTransaction(const std::function<Result<void>()>& work)
    {
        return workspace->database().transaction(work);
    }
};

} // namespace

TEST_CASE("PracticeSessionRepository stores a session with its plan, notes and outcome", "[db]")
{
    RepositoryFixture f;
    PracticeSession made = f.session();
    REQUIRE(f.inTransaction([&] { return f.repository.insert(made); }).hasValue());
    REQUIRE(f.inTransaction([&] {
                 return f.repository.appendNote(made.id, {f.trainer.id, f.clock.now(), QStringLiteral("one")});
             }).hasValue());
    REQUIRE(f.inTransaction([&] {
                 return f.repository.appendNote(made.id, {f.trainer.id, f.clock.now(), QStringLiteral("two")});
             }).hasValue());
    REQUIRE(f.inTransaction([&] { return f.repository.setPlanItemDone(made.id, 1, f.clock.now()); }).hasValue());

    made.state = PracticeSessionState::Finished;
    made.endedAt = f.clock.now().addSecs(2700);
    made.outcome = PracticeOutcome{QStringLiteral("Went well"), 3, true, {QStringLiteral("a"), QStringLiteral("b")}};
    REQUIRE(f.inTransaction([&] { return f.repository.close(made); }).hasValue());

    const Result<PracticeSession> stored = f.repository.find(made.id);
    REQUIRE(stored.hasValue());
    CHECK(stored->trainerId == f.trainer.id);
    CHECK(stored->state == PracticeSessionState::Finished);
    CHECK(stored->startedAt == made.startedAt);
    CHECK(stored->endedAt == made.endedAt);
    REQUIRE(stored->plan.size() == 2);
    CHECK(stored->plan.at(0).itemId == QStringLiteral("first-reply"));
    CHECK_FALSE(stored->plan.at(0).isDone());
    CHECK(stored->plan.at(1).kind == PracticePlanItem::Kind::Guide);
    CHECK(stored->plan.at(1).doneAt == f.clock.now());
    REQUIRE(stored->notes.size() == 2);
    CHECK(stored->notes.at(0).text == QStringLiteral("one"));
    CHECK(stored->notes.at(1).text == QStringLiteral("two"));
    CHECK(stored->outcome.rating == 3);
    CHECK(stored->outcome.readyForLive);
    CHECK(stored->outcome.followUps == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(f.repository.find(QStringLiteral("missing")).error().code == ErrorCode::PracticeSessionNotFound);
}

TEST_CASE("PracticeSessionRepository refuses a second open session for an executive", "[db]")
{
    RepositoryFixture f;
    const PracticeSession first = f.session();
    REQUIRE(f.inTransaction([&] { return f.repository.insert(first); }).hasValue());
    const Result<void> second = f.inTransaction([&] { return f.repository.insert(f.session()); });
    REQUIRE_FALSE(second.hasValue());
    CHECK(second.error().code == ErrorCode::PracticeSessionAlreadyOpen);

    // Even a writer that skips the check (another Podium racing this one) is stopped by the database.
    QSqlQuery raw(f.workspace->database().connection());
    raw.prepare(QStringLiteral("INSERT INTO practice_sessions (id, trainer_id, executive_id, state, planned_minutes, "
                               "started_at) VALUES (?, ?, ?, 'open', 45, 0)"));
    raw.addBindValue(newId());
    raw.addBindValue(f.trainer.id);
    raw.addBindValue(f.executive.id);
    CHECK_FALSE(raw.exec());

    const QHash<QString, QDateTime> open = *f.repository.plannedEndsOfOpen();
    CHECK(open.size() == 1);
    CHECK(open.value(f.executive.id) == first.plannedEnd());
}

TEST_CASE("PracticeSessionRepository changes nothing of a session that ended", "[db]")
{
    RepositoryFixture f;
    PracticeSession made = f.session();
    REQUIRE(f.inTransaction([&] { return f.repository.insert(made); }).hasValue());
    made.state = PracticeSessionState::Cancelled;
    made.endedAt = f.clock.now();
    REQUIRE(f.inTransaction([&] { return f.repository.close(made); }).hasValue());

    CHECK(f.inTransaction([&] {
               return f.repository.appendNote(made.id, {f.trainer.id, f.clock.now(), QStringLiteral("late")});
           })
              .error()
              .code == ErrorCode::PracticeSessionClosed);
    CHECK(f.inTransaction([&] { return f.repository.setPlanItemDone(made.id, 0, f.clock.now()); }).error().code ==
          ErrorCode::PracticeSessionClosed);
    made.state = PracticeSessionState::Finished;
    CHECK(f.inTransaction([&] { return f.repository.close(made); }).error().code == ErrorCode::PracticeSessionClosed);
    CHECK(f.repository.find(made.id)->state == PracticeSessionState::Cancelled);
    CHECK(f.repository.plannedEndsOfOpen()->isEmpty());
}
