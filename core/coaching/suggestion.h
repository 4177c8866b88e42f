#pragma once

#include "posts/post_kind.h"

#include <QString>

namespace Podium::Core {

/// An idea for a post that fits where an executive is on the path: a prompt and a first sentence to edit.
struct Suggestion
{
    QString id;
    /// 1 status updates, 2 interactions, 3 content.
    int tier = 1;
    PostKind kind = PostKind::Status;
    /// What to write about, e.g. "Thank a team by name".
    QString prompt;
    /// A starting text the executive makes their own.
    QString starter;
};

} // namespace Podium::Core
