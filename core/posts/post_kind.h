#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// What a Post does on its network.
enum class PostKind
{
    Status,
    Reply,
    Comment,
    Like,
    Follow,
    Article,
};

/// The stable name stored in the database and printed by `--json`, e.g. "status".
QString postKindName(PostKind kind);
std::optional<PostKind> postKindFromName(const QString& name);
/// Everything but likes and follows carries text.
bool postKindNeedsText(PostKind kind);
/// Replies, comments, likes and follows are about something on the network.
bool postKindNeedsTarget(PostKind kind);

} // namespace Podium::Core
