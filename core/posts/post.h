#pragma once

#include "platforms/platform_kind.h"
#include "post_kind.h"
#include "post_state.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// Something an executive publishes (or likes, or follows) on one network, with its whole lifecycle.
struct Post
{
    /// A UUID; doubles as the idempotency key on every platform.
    QString id;
    /// The executive: always the author of record, whoever prepared it.
    QString authorId;
    /// The NetworkAccount it goes out through; empty for the practice sandbox.
    QString accountId;
    PlatformKind platform = PlatformKind::Practice;
    PostKind kind = PostKind::Status;
    PostState state = PostState::Draft;
    QString title;
    QString body;
    /// Remote id of the post replied to, commented on or liked, or of the account followed.
    QString inReplyTo;
    bool isPractice = false;
    QString preparedBy;
    QString approvedBy;
    QString publishedBy;
    /// The UTC instant it is due; invalid for "as soon as possible".
    QDateTime scheduledAt;
    /// The IANA zone the time was chosen in, so it can be shown as the person chose it.
    QString scheduledZone;
    /// Give it to the server ahead of time to publish itself (where the platform schedules natively).
    bool handOff = false;
    /// When a post awaiting approval stops waiting: it is then held as Overdue, or goes ahead when the grant
    /// allows publishing without approval.
    QDateTime approveBy;
    /// The text as the delegate submitted it for approval, so the executive sees what they changed.
    QString submittedTitle;
    QString submittedBody;
    /// The executive's "please change…" when they asked for changes.
    QString reviewComment;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString remoteId;
    QString remoteUrl;
    QString lastErrorCode;
    QString lastErrorDetail;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Podium::Core
