#pragma once

#include "delegation/delegation.h"
#include "posts/draft_content.h"
#include "posts/post.h"
#include "workspace_fixture.h"

namespace Podium::Tests {

/// A workspace with an executive and a delegate, and shortcuts to put a grant in force and to make posts.
struct DelegationFixture : WorkspaceFixture
{
    DelegationFixture();

    /// Granted by the executive and accepted by the delegate.
    Core::Delegation grantInForce(Core::DelegationLevel level, bool publishWithoutApproval = false,
                                  const QDateTime& expiresAt = {});
    /// A complete practice status update, due in `secondsAhead` (invalid time when negative).
    Core::DraftContent content(const QString& body = QStringLiteral("Proud of the team this quarter."),
                               qint64 secondsAhead = 3600) const;
    /// A draft the actor creates for the executive through the desk.
    Core::Post draftBy(const QString& actorId, qint64 secondsAhead = 3600);
    Core::Post stored(const QString& id) const;
    /// The audit actions about one post, oldest first.
    QStringList actions(const QString& postId) const;

    Core::Person delegate;
};

} // namespace Podium::Tests
