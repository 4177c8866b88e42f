#include "posts/post.h"
#include "practice/practice_guard.h"
#include "practice/practice_session_service.h"
#include "practice_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

Post postOf(const QString& id, const QString& authorId, PlatformKind platform)
{
    Post post;
    post.id = id;
    post.authorId = authorId;
    post.platform = platform;
    post.isPractice = platform == PlatformKind::Practice;
    return post;
}

} // namespace

TEST_CASE("PracticeGuard blocks live networks only for an executive in an open practice session", "[db]")
{
    PracticeFixture f;
    const PracticeGuard guard(f.workspace->database());
    const Person otherExecutive = f.addPerson(QStringLiteral("Ola Berg"), Role::Executive);
    CHECK(guard.checkLive(f.executive.id, PlatformKind::Mastodon).hasValue());

    const PracticeSession session = f.startSession();
    const Result<void> blocked = guard.checkLive(f.executive.id, PlatformKind::Mastodon);
    REQUIRE_FALSE(blocked.hasValue());
    CHECK(blocked.error().code == ErrorCode::PracticeSessionLiveBlocked);
    CHECK_FALSE(guard.checkLive(f.executive.id, PlatformKind::WordPress).hasValue());
    CHECK(guard.checkLive(f.executive.id, PlatformKind::Practice).hasValue());
    CHECK(guard.checkLive(otherExecutive.id, PlatformKind::Mastodon).hasValue());

    PracticeOutcome outcome;
    outcome.summary = QStringLiteral("Done");
    REQUIRE(f.workspace->practiceSessions().finish(f.trainer.id, session.id, outcome).hasValue());
    CHECK(guard.checkLive(f.executive.id, PlatformKind::Mastodon).hasValue());
}

TEST_CASE("PracticeGuard holds a practising executive's live posts until the session's planned end", "[db]")
{
    PracticeFixture f;
    const PracticeGuard guard(f.workspace->database());
    const Person otherExecutive = f.addPerson(QStringLiteral("Ola Berg"), Role::Executive);
    const QList<Post> posts{postOf(QStringLiteral("live"), f.executive.id, PlatformKind::Mastodon),
                            postOf(QStringLiteral("practice"), f.executive.id, PlatformKind::Practice),
                            postOf(QStringLiteral("other"), otherExecutive.id, PlatformKind::Mastodon)};
    CHECK(guard.holds(posts, f.clock.now())->isEmpty());

    const PracticeSession session = f.startSession(30);
    QHash<QString, QDateTime> held = *guard.holds(posts, f.clock.now());
    CHECK(held.keys() == QList<QString>{QStringLiteral("live")});
    CHECK(held.value(QStringLiteral("live")) == session.plannedEnd());

    // Running over: looked at again a minute later rather than at a time already past.
    f.clock.advance(45 * 60 * 1000);
    held = *guard.holds(posts, f.clock.now());
    CHECK(held.value(QStringLiteral("live")) == f.clock.now().addSecs(60));
}
