#include "practice/practice_session_service.h"
#include "practice_fixture.h"
#include "storage/audit_repository.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

PracticeSessionRequest requestFor(const QString& executiveId, QList<PracticePlanItem> plan = {}, int minutes = 45)
{
    return PracticeSessionRequest{executiveId, std::move(plan), minutes};
}

PracticePlanItem milestone(const QString& id)
{
    return PracticePlanItem{PracticePlanItem::Kind::Milestone, id, {}};
}

template <typename T>
ErrorCode codeOf(const Result<T>& result)
{
    REQUIRE_FALSE(result.hasValue());
    return result.error().code;
}

PracticeOutcome outcome(const QString& summary = QStringLiteral("Posted twice, confident with the composer."))
{
    PracticeOutcome result;
    result.summary = summary;
    return result;
}

} // namespace

TEST_CASE("PracticeSessionService lets only a trainer start a session, and only for an executive", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    CHECK(codeOf(sessions.start(f.delegate.id, requestFor(f.executive.id))) == ErrorCode::PracticeSessionNotTrainer);
    CHECK(codeOf(sessions.start(f.executive.id, requestFor(f.executive.id))) == ErrorCode::PracticeSessionNotTrainer);
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(f.delegate.id))) == ErrorCode::PracticeSessionNotExecutive);
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(QStringLiteral("nobody")))) == ErrorCode::PersonNotFound);

    const Result<PracticeSession> started = sessions.start(f.trainer.id, requestFor(f.executive.id));
    REQUIRE(started.hasValue());
    CHECK(started->trainerId == f.trainer.id);
    CHECK(started->executiveId == f.executive.id);
    CHECK(started->state == PracticeSessionState::Open);
    CHECK(started->startedAt == f.clock.now());
    CHECK_FALSE(started->endedAt.isValid());
}

TEST_CASE("PracticeSessionService keeps one open session per executive at a time", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const Person otherTrainer = f.addPerson(QStringLiteral("Kim Lind"), Role::Trainer);
    const Person otherExecutive = f.addPerson(QStringLiteral("Ola Berg"), Role::Executive);
    const PracticeSession first = f.startSession();

    const Result<PracticeSession> second = sessions.start(otherTrainer.id, requestFor(f.executive.id));
    CHECK(codeOf(second) == ErrorCode::PracticeSessionAlreadyOpen);
    CHECK(second.error().detail == first.id);
    CHECK(sessions.start(f.trainer.id, requestFor(otherExecutive.id)).hasValue());

    const Result<std::optional<PracticeSession>> open = sessions.openSessionFor(f.executive.id);
    REQUIRE(open.hasValue());
    REQUIRE(open->has_value());
    CHECK((*open)->id == first.id);

    REQUIRE(sessions.finish(f.trainer.id, first.id, outcome()).hasValue());
    CHECK_FALSE(sessions.openSessionFor(f.executive.id)->has_value());
    CHECK(sessions.start(otherTrainer.id, requestFor(f.executive.id)).hasValue());
}

TEST_CASE("PracticeSessionService refuses a malformed or repeated plan item and a timer out of range", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(f.executive.id, {milestone(QStringLiteral("First Post"))}))) ==
          ErrorCode::PracticePlanItemInvalid);
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(f.executive.id, {milestone(QString())}))) ==
          ErrorCode::PracticePlanItemInvalid);
    CHECK(
        codeOf(sessions.start(f.trainer.id, requestFor(f.executive.id, {milestone(QStringLiteral("first-reply")),
                                                                        milestone(QStringLiteral("first-reply"))}))) ==
        ErrorCode::PracticePlanItemInvalid);
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(f.executive.id, {}, 0))) == ErrorCode::InvalidArgument);
    CHECK(codeOf(sessions.start(f.trainer.id, requestFor(f.executive.id, {}, 601))) == ErrorCode::InvalidArgument);
    // Nothing was left open by the refusals.
    CHECK_FALSE(sessions.openSessionFor(f.executive.id)->has_value());
}

TEST_CASE("PracticeSessionService keeps the plan in order and ticks its items off and on", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const PracticeSession session = f.startSession();
    REQUIRE(session.plan.size() == 2);
    CHECK(session.plan.at(0).kind == PracticePlanItem::Kind::Milestone);
    CHECK(session.plan.at(0).itemId == QStringLiteral("first-status-update"));
    CHECK(session.plan.at(1).kind == PracticePlanItem::Kind::Guide);
    CHECK_FALSE(session.plan.at(1).isDone());

    f.clock.advance(5 * 60 * 1000);
    const Result<PracticeSession> ticked =
        sessions.tickPlanItem(f.trainer.id, session.id, QStringLiteral("first-status-update-practice"));
    REQUIRE(ticked.hasValue());
    CHECK(ticked->plan.at(1).doneAt == f.clock.now());
    CHECK_FALSE(ticked->plan.at(0).isDone());
    CHECK(codeOf(sessions.tickPlanItem(f.trainer.id, session.id, QStringLiteral("first-article"))) ==
          ErrorCode::PracticePlanItemInvalid);

    const Result<PracticeSession> unticked =
        sessions.tickPlanItem(f.trainer.id, session.id, QStringLiteral("first-status-update-practice"), false);
    REQUIRE(unticked.hasValue());
    CHECK_FALSE(unticked->plan.at(1).isDone());
}

TEST_CASE("PracticeSessionService appends timestamped notes and takes none once the session ended", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const PracticeSession session = f.startSession();
    const QDateTime first = f.clock.now();
    REQUIRE(sessions.addNote(f.trainer.id, session.id, QStringLiteral("Nervous about tone at first.")).hasValue());
    f.clock.advance(60 * 1000);
    const Result<PracticeSession> noted =
        sessions.addNote(f.trainer.id, session.id, QStringLiteral("  Found a voice for the second post. "));
    REQUIRE(noted.hasValue());
    REQUIRE(noted->notes.size() == 2);
    CHECK(noted->notes.at(0).text == QStringLiteral("Nervous about tone at first."));
    CHECK(noted->notes.at(0).writtenAt == first);
    CHECK(noted->notes.at(0).authorId == f.trainer.id);
    CHECK(noted->notes.at(1).text == QStringLiteral("Found a voice for the second post."));
    CHECK(noted->notes.at(1).writtenAt == f.clock.now());
    CHECK(codeOf(sessions.addNote(f.trainer.id, session.id, QStringLiteral("   "))) == ErrorCode::InvalidArgument);

    REQUIRE(sessions.finish(f.trainer.id, session.id, outcome()).hasValue());
    CHECK(codeOf(sessions.addNote(f.trainer.id, session.id, QStringLiteral("Afterthought"))) ==
          ErrorCode::PracticeSessionClosed);
    CHECK(codeOf(sessions.tickPlanItem(f.trainer.id, session.id, QStringLiteral("first-status-update"))) ==
          ErrorCode::PracticeSessionClosed);
    CHECK(sessions.find(session.id)->notes.size() == 2);
}

TEST_CASE("PracticeSessionService reads the timer from the clock and stops it when the session ends", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const PracticeSession session = f.startSession(30);
    CHECK(sessions.elapsedSeconds(session) == 0);
    CHECK(sessions.remainingSeconds(session) == 30 * 60);

    f.clock.advance(10 * 60 * 1000);
    CHECK(sessions.elapsedSeconds(session) == 10 * 60);
    CHECK(sessions.remainingSeconds(session) == 20 * 60);

    f.clock.advance(25 * 60 * 1000);
    CHECK(sessions.remainingSeconds(session) == -5 * 60);

    const Result<PracticeSession> finished = sessions.finish(f.trainer.id, session.id, outcome());
    REQUIRE(finished.hasValue());
    f.clock.advance(60 * 60 * 1000);
    CHECK(sessions.elapsedSeconds(*finished) == 35 * 60);
    CHECK(sessions.elapsedSeconds(*sessions.find(session.id)) == 35 * 60);
}

TEST_CASE("PracticeSessionService records the outcome when finishing, once", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const PracticeSession session = f.startSession();
    CHECK(codeOf(sessions.finish(f.trainer.id, session.id, outcome(QStringLiteral(" ")))) ==
          ErrorCode::InvalidArgument);
    PracticeOutcome tooHigh = outcome();
    tooHigh.rating = 6;
    CHECK(codeOf(sessions.finish(f.trainer.id, session.id, tooHigh)) == ErrorCode::InvalidArgument);

    PracticeOutcome result = outcome();
    result.rating = 4;
    result.readyForLive = true;
    result.followUps = {QStringLiteral("Post a first live update on Monday"), QStringLiteral("  "),
                        QStringLiteral("Reply to two comments")};
    f.clock.advance(40 * 60 * 1000);
    const Result<PracticeSession> finished = sessions.finish(f.trainer.id, session.id, result);
    REQUIRE(finished.hasValue());

    const PracticeSession stored = *sessions.find(session.id);
    CHECK(stored.state == PracticeSessionState::Finished);
    CHECK(stored.endedAt == f.clock.now());
    CHECK(stored.outcome.summary == result.summary);
    CHECK(stored.outcome.rating == 4);
    CHECK(stored.outcome.readyForLive);
    CHECK(stored.outcome.followUps ==
          QStringList{QStringLiteral("Post a first live update on Monday"), QStringLiteral("Reply to two comments")});

    CHECK(codeOf(sessions.finish(f.trainer.id, session.id, outcome())) == ErrorCode::PracticeSessionClosed);
    CHECK(codeOf(sessions.cancel(f.trainer.id, session.id)) == ErrorCode::PracticeSessionClosed);
}

TEST_CASE("PracticeSessionService lets only its trainer run a session, and the executive or any trainer cancel it",
          "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const Person otherTrainer = f.addPerson(QStringLiteral("Kim Lind"), Role::Trainer);
    const PracticeSession session = f.startSession();
    CHECK(codeOf(sessions.addNote(otherTrainer.id, session.id, QStringLiteral("Hi"))) ==
          ErrorCode::PracticeSessionNotYours);
    CHECK(codeOf(sessions.finish(f.executive.id, session.id, outcome())) == ErrorCode::PracticeSessionNotYours);
    CHECK(codeOf(sessions.cancel(f.delegate.id, session.id)) == ErrorCode::PracticeSessionNotYours);
    CHECK(codeOf(sessions.addNote(f.trainer.id, QStringLiteral("missing"), QStringLiteral("Hi"))) ==
          ErrorCode::PracticeSessionNotFound);

    const Result<PracticeSession> cancelled = sessions.cancel(f.executive.id, session.id);
    REQUIRE(cancelled.hasValue());
    CHECK(cancelled->state == PracticeSessionState::Cancelled);

    const PracticeSession next = f.startSession();
    CHECK(sessions.cancel(otherTrainer.id, next.id).hasValue());
}

TEST_CASE("PracticeSessionService audits and announces starting, finishing and cancelling", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    QSignalSpy started(&sessions, &PracticeSessionService::sessionStarted);
    QSignalSpy ended(&sessions, &PracticeSessionService::sessionEnded);
    const PracticeSession finished = f.startSession();
    REQUIRE(sessions.finish(f.trainer.id, finished.id, outcome()).hasValue());
    const PracticeSession cancelled = f.startSession();
    REQUIRE(sessions.cancel(f.trainer.id, cancelled.id).hasValue());

    AuditRepository audit(f.workspace->database());
    const QList<AuditEvent> events = *audit.forSubject(QStringLiteral("practice-session"), finished.id);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).action == QStringLiteral("practice-session.started"));
    CHECK(events.at(0).actorId == f.trainer.id);
    CHECK(events.at(0).detail.contains(f.executive.id));
    CHECK(events.at(1).action == QStringLiteral("practice-session.finished"));
    const QList<AuditEvent> other = *audit.forSubject(QStringLiteral("practice-session"), cancelled.id);
    REQUIRE(other.size() == 2);
    CHECK(other.at(1).action == QStringLiteral("practice-session.cancelled"));

    REQUIRE(started.count() == 2);
    CHECK(started.at(0).at(0).toString() == finished.id);
    CHECK(started.at(0).at(1).toString() == f.executive.id);
    REQUIRE(ended.count() == 2);
    CHECK(ended.at(0).at(2).value<PracticeSessionState>() == PracticeSessionState::Finished);
    CHECK(ended.at(1).at(2).value<PracticeSessionState>() == PracticeSessionState::Cancelled);
}

TEST_CASE("PracticeSessionService lists sessions by executive and by trainer, newest first", "[db]")
{
    PracticeFixture f;
    PracticeSessionService& sessions = f.workspace->practiceSessions();
    const Person otherExecutive = f.addPerson(QStringLiteral("Ola Berg"), Role::Executive);
    const PracticeSession older = f.startSession();
    REQUIRE(sessions.finish(f.trainer.id, older.id, outcome()).hasValue());
    f.clock.advance(24 * 3600 * 1000LL);
    const PracticeSession newer = f.startSession();
    const Result<PracticeSession> other = sessions.start(f.trainer.id, requestFor(otherExecutive.id));
    REQUIRE(other.hasValue());

    const QList<PracticeSession> forExecutive = *sessions.listFor(f.executive.id);
    REQUIRE(forExecutive.size() == 2);
    CHECK(forExecutive.at(0).id == newer.id);
    CHECK(forExecutive.at(1).id == older.id);
    CHECK(forExecutive.at(1).state == PracticeSessionState::Finished);
    CHECK(sessions.listByTrainer(f.trainer.id)->size() == 3);
    CHECK(sessions.listFor(otherExecutive.id)->size() == 1);
    CHECK(sessions.listByTrainer(f.executive.id)->isEmpty());
}
