#pragma once

#include "posts/post_kind.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// What a Platform is asked to publish. Built by the Publisher from a stored Post.
struct OutgoingPost
{
    /// The Post's UUID. Sent as the Idempotency-Key (Mastodon) or used as the unique slug (WordPress), so
    /// sending the same post twice never creates two.
    QString id;
    PostKind kind = PostKind::Status;
    /// Articles only.
    QString title;
    QString body;
    /// The remote id of the post replied to or commented on (Reply, Comment), liked (Like) or of the
    /// account followed (Follow).
    QString target;
    /// When valid and in the future, the post is handed off for the server to publish at that instant.
    QDateTime scheduledAt;
    /// BCP 47 language of the text, such as "en"; empty when unknown.
    QString language;
};

} // namespace Podium::Core
