#include "practice_fixture.h"

#include "live_account.h"
#include "practice/practice_session_service.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

PracticeFixture::PracticeFixture()
    : trainer(addPerson(QStringLiteral("Toni Reyes"), Core::Role::Trainer))
{
    liveAccount = addLiveAccount(workspace->database(), executive.id, clock.now());
}

Core::PracticeSession PracticeFixture::startSession(int minutes)
{
    Core::PracticeSessionRequest request;
    request.executiveId = executive.id;
    request.plannedMinutes = minutes;
    request.plan = {{Core::PracticePlanItem::Kind::Milestone, QStringLiteral("first-status-update"), {}},
                    {Core::PracticePlanItem::Kind::Guide, QStringLiteral("first-status-update-practice"), {}}};
    const Core::Result<Core::PracticeSession> session = workspace->practiceSessions().start(trainer.id, request);
    INFO((session.hasValue() ? QString() : session.error().codeName()).toStdString());
    REQUIRE(session.hasValue());
    return *session;
}

Core::DraftContent PracticeFixture::liveContent(qint64 secondsAhead) const
{
    Core::DraftContent draft = content(QStringLiteral("Proud of the team this quarter."), secondsAhead);
    draft.platform = Core::PlatformKind::Mastodon;
    draft.accountId = liveAccount.id;
    return draft;
}

} // namespace Podium::Tests
