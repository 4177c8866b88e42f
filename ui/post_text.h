#pragma once

#include "platforms/platform_kind.h"
#include "posts/post_kind.h"
#include "posts/post_state.h"
#include "posts/queue_filter.h"

#include <QCoreApplication>

namespace Podium::Ui {

/// Translated names for everything about a post that the queue and the composer show.
class PostText
{
    Q_DECLARE_TR_FUNCTIONS(PostText)

public:
    static QString state(Core::PostState state);
    /// What the state means for the person looking at it, and what they can do.
    static QString stateHelp(Core::PostState state);
    static QString filter(Core::QueueFilter filter);
    /// A queue count as shown beside a filter or the navigation: "1,204" becomes "999+" past the cap.
    static QString count(int count);
    static QString kind(Core::PostKind kind);
    static QString platform(Core::PlatformKind platform);
};

} // namespace Podium::Ui
