#include "platform_kind.h"

namespace Podium::Core {

QString platformKindName(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Practice:
        return QStringLiteral("practice");
    case PlatformKind::Mastodon:
        return QStringLiteral("mastodon");
    case PlatformKind::WordPress:
        return QStringLiteral("wordpress");
    }
    return {};
}

std::optional<PlatformKind> platformKindFromName(const QString& name)
{
    for (PlatformKind kind : {PlatformKind::Practice, PlatformKind::Mastodon, PlatformKind::WordPress})
        if (platformKindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace Podium::Core
