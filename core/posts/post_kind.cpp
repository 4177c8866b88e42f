#include "post_kind.h"

#include <array>
#include <utility>

namespace Podium::Core {

namespace {

const std::array<std::pair<PostKind, const char*>, 6> kindNames{{
    {PostKind::Status, "status"},
    {PostKind::Reply, "reply"},
    {PostKind::Comment, "comment"},
    {PostKind::Like, "like"},
    {PostKind::Follow, "follow"},
    {PostKind::Article, "article"},
}};

} // namespace

QString postKindName(PostKind kind)
{
    for (const auto& [value, name] : kindNames)
        if (value == kind)
            return QLatin1String(name);
    return {};
}

std::optional<PostKind> postKindFromName(const QString& name)
{
    for (const auto& [value, text] : kindNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

bool postKindNeedsText(PostKind kind)
{
    return kind != PostKind::Like && kind != PostKind::Follow;
}

bool postKindNeedsTarget(PostKind kind)
{
    return kind == PostKind::Reply || kind == PostKind::Comment || kind == PostKind::Like || kind == PostKind::Follow;
}

} // namespace Podium::Core
