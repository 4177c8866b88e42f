#pragma once

#include "platforms/platform_kind.h"
#include "post_kind.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// What a person asks for when creating a post; PostService fills in the rest.
struct NewPost
{
    QString authorId;
    QString accountId;
    PlatformKind platform = PlatformKind::Practice;
    PostKind kind = PostKind::Status;
    QString title;
    QString body;
    QString inReplyTo;
    /// Who typed it: the author, or a delegate acting for them.
    QString preparedBy;
    /// Invalid: keep it as a draft, or publish as soon as possible when `schedule` is set.
    QDateTime scheduledAt;
    QString scheduledZone;
    /// Put it straight into the queue rather than keeping it as a draft.
    bool schedule = false;
    /// Hand it to the server ahead of time, so it goes out even if this computer is off.
    bool handOff = false;
};

} // namespace Podium::Core
