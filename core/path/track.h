#pragma once

#include <QString>

namespace Podium::Core {

/// Which activity a path is evaluated from: the live network, or the practice sandbox. Practice never
/// counts toward live milestones, so each person has two separate progressions.
enum class Track
{
    Live,
    Practice,
};

/// The stable name printed by `--json`: "live" or "practice".
inline QString trackName(Track track)
{
    return track == Track::Practice ? QStringLiteral("practice") : QStringLiteral("live");
}

} // namespace Podium::Core
