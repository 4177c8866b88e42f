#pragma once

#include "platforms/platform_kind.h"
#include "post_kind.h"
#include "post_state.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// One row of the queue: what a list or calendar shows of a post, without its whole text.
struct QueueItem
{
    QString id;
    QString authorId;
    QString preparedBy;
    PlatformKind platform = PlatformKind::Practice;
    PostKind kind = PostKind::Status;
    PostState state = PostState::Draft;
    QString title;
    /// The start of the text only: enough for a line in a list.
    QString excerpt;
    /// When it goes out (or went out); for a post with no time, when it was created. The queue's sort key.
    QDateTime when;
    bool hasTime = false;
    QString scheduledZone;
    QDateTime approveBy;
    QString lastErrorCode;
    bool isPractice = false;
};

/// Where a page of the queue ended, so the next page starts right after it (no OFFSET rescans).
struct QueueCursor
{
    qint64 when = 0;
    QString id;
    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Podium::Core
