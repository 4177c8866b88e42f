#pragma once

#include "accounts/network_account.h"
#include "delegation_fixture.h"
#include "practice/practice_session.h"

namespace Podium::Tests {

/// A workspace with an executive, a delegate and a trainer, a live (Mastodon) account of the executive's,
/// and shortcuts to start practice sessions and to write for the live account.
struct PracticeFixture : DelegationFixture
{
    PracticeFixture();

    /// A session the trainer starts with the executive, planned for `minutes`.
    Core::PracticeSession startSession(int minutes = 45);
    /// A complete status update for the executive's live account, due in `secondsAhead`.
    Core::DraftContent liveContent(qint64 secondsAhead = 3600) const;

    Core::Person trainer;
    Core::NetworkAccount liveAccount;
};

} // namespace Podium::Tests
