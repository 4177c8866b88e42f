#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "practice_fixture.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

template <typename T>
ErrorCode codeOf(const Result<T>& result)
{
    REQUIRE_FALSE(result.hasValue());
    return result.error().code;
}

QStringList texts(const QList<ProfileChecklistItem>& items)
{
    QStringList result;
    for (const ProfileChecklistItem& item : items)
        result << item.text;
    return result;
}

} // namespace

TEST_CASE("ProfileChecklist keeps an executive's items, and what was ticked, from one session to the next", "[db]")
{
    PracticeFixture f;
    ProfileChecklist& checklist = f.workspace->profileChecklist();
    QSignalSpy changed(&checklist, &ProfileChecklist::checklistChanged);
    const PracticeSession first = f.startSession();
    const ProfileChecklistItem photo = *checklist.add(f.trainer.id, f.executive.id, QStringLiteral("Upload a photo"));
    const ProfileChecklistItem headline =
        *checklist.add(f.trainer.id, f.executive.id, QStringLiteral("  Write a one-line headline "));
    CHECK(photo.position == 1);
    CHECK(headline.position == 2);
    CHECK(headline.text == QStringLiteral("Write a one-line headline"));

    f.clock.advance(10 * 60 * 1000);
    const Result<ProfileChecklistItem> ticked = checklist.tick(f.trainer.id, photo.id);
    REQUIRE(ticked.hasValue());
    CHECK(ticked->tickedAt == f.clock.now());
    CHECK(ticked->tickedBy == f.trainer.id);
    PracticeOutcome outcome;
    outcome.summary = QStringLiteral("Profile half done.");
    REQUIRE(f.workspace->practiceSessions().finish(f.trainer.id, first.id, outcome).hasValue());

    f.clock.advance(7 * 24 * 3600 * 1000LL);
    f.startSession();
    const QList<ProfileChecklistItem> items = *checklist.items(f.executive.id);
    CHECK(texts(items) == QStringList{QStringLiteral("Upload a photo"), QStringLiteral("Write a one-line headline")});
    CHECK(items.at(0).isTicked());
    CHECK_FALSE(items.at(1).isTicked());
    CHECK(changed.count() == 3);
    CHECK(changed.at(0).at(0).toString() == f.executive.id);
}

TEST_CASE("ProfileChecklist is prepared by trainers and ticked off by them or the executive", "[db]")
{
    PracticeFixture f;
    ProfileChecklist& checklist = f.workspace->profileChecklist();
    const Person otherExecutive = f.addPerson(QStringLiteral("Ola Berg"), Role::Executive);
    CHECK(codeOf(checklist.add(f.delegate.id, f.executive.id, QStringLiteral("Photo"))) ==
          ErrorCode::PracticeSessionNotTrainer);
    CHECK(codeOf(checklist.add(f.executive.id, f.executive.id, QStringLiteral("Photo"))) ==
          ErrorCode::PracticeSessionNotTrainer);
    CHECK(codeOf(checklist.add(f.trainer.id, f.delegate.id, QStringLiteral("Photo"))) ==
          ErrorCode::PracticeSessionNotExecutive);
    CHECK(codeOf(checklist.add(f.trainer.id, f.executive.id, QStringLiteral(" "))) == ErrorCode::InvalidArgument);

    const ProfileChecklistItem item = *checklist.add(f.trainer.id, f.executive.id, QStringLiteral("Photo"));
    CHECK(codeOf(checklist.tick(f.delegate.id, item.id)) == ErrorCode::PracticeSessionNotTrainer);
    CHECK(codeOf(checklist.tick(otherExecutive.id, item.id)) == ErrorCode::PracticeSessionNotTrainer);
    const Result<ProfileChecklistItem> own = checklist.tick(f.executive.id, item.id);
    REQUIRE(own.hasValue());
    CHECK(own->tickedBy == f.executive.id);
    const Result<ProfileChecklistItem> untick = checklist.tick(f.trainer.id, item.id, false);
    REQUIRE(untick.hasValue());
    CHECK_FALSE(untick->isTicked());
    CHECK_FALSE(checklist.items(f.executive.id)->first().isTicked());

    CHECK(codeOf(checklist.remove(f.executive.id, item.id)) == ErrorCode::PracticeSessionNotTrainer);
    REQUIRE(checklist.remove(f.trainer.id, item.id).hasValue());
    CHECK(checklist.items(f.executive.id)->isEmpty());
    CHECK(codeOf(checklist.tick(f.trainer.id, item.id)) == ErrorCode::PracticeChecklistItemNotFound);
}
