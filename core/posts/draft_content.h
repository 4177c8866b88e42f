#pragma once

#include "platforms/platform_kind.h"
#include "post_kind.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// What a person types into a post: the content PostDesk creates, autosaves and approves with edits.
struct DraftContent
{
    PlatformKind platform = PlatformKind::Practice;
    QString accountId;
    PostKind kind = PostKind::Status;
    QString title;
    QString body;
    QString inReplyTo;
    /// Invalid: as soon as possible once scheduled.
    QDateTime scheduledAt;
    QString scheduledZone;
    /// Give it to the server ahead of time, so it goes out even if this computer is off.
    bool handOff = false;
};

} // namespace Podium::Core
