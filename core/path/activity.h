#pragma once

#include "activity_kind.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Podium::Core {

/// One thing a person did that the onboarding path counts, as kept in the append-only activity log.
struct Activity
{
    QString id;
    QString personId;
    ActivityKind kind = ActivityKind::Status;
    /// Done in the practice sandbox: counts toward practice goals only.
    bool isPractice = false;
    /// Whether the post liked, commented on or followed was an executive's; unknown where the network
    /// does not say (a live comment published from the queue).
    std::optional<bool> targetIsExecutive;
    /// What it was about: the post id, the remote post or account, or the checklist item. Counting
    /// distinct references means liking the same post twice counts once.
    QString reference;
    QDateTime occurredAt;
};

} // namespace Podium::Core
