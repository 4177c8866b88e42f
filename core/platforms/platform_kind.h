#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// The networks Podium can publish to.
enum class PlatformKind
{
    Practice,
    Mastodon,
    WordPress,
};

/// The stable name stored in the database and accepted on the command line, e.g. "mastodon".
QString platformKindName(PlatformKind kind);
std::optional<PlatformKind> platformKindFromName(const QString& name);

} // namespace Podium::Core
