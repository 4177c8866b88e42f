#pragma once

#include "posts/post_kind.h"

#include <QString>

#include <optional>

namespace Podium::Core {

/// What kind of thing a person did, as the onboarding path counts it.
enum class ActivityKind
{
    Status,
    Reply,
    Comment,
    Like,
    Follow,
    Article,
    /// A published post that had been scheduled well ahead of its time (recorded beside its own kind).
    Scheduled,
    /// An item of the profile checklist ticked off.
    ProfileItem,
    /// A delegate's draft approved or sent back by the executive.
    Review,
};

/// The stable name stored in the database and used in the path definition, e.g. "profile-item".
QString activityKindName(ActivityKind kind);
std::optional<ActivityKind> activityKindFromName(const QString& name);
/// What publishing a post of `kind` counts as.
ActivityKind activityKindFor(PostKind kind);
/// Likes, comments, replies and follows: taking part in other people's posts.
bool isInteraction(ActivityKind kind);

} // namespace Podium::Core
