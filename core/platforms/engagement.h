#pragma once

#include <QString>

namespace Podium::Core {

/// How readers responded to a post Podium published.
struct Engagement
{
    QString remoteId;
    int likes = 0;
    int replies = 0;
    int reposts = 0;
};

} // namespace Podium::Core
