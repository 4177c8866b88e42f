#pragma once

#include <QtGlobal>

namespace Podium::Core {

/// What a network allows and how it counts text. Read from the server where it says so (Mastodon's
/// instance document), so these defaults only apply until the server has answered.
struct PlatformCapabilities
{
    /// The counted length a status may have; 0 means no limit (articles).
    int maxCharacters = 500;
    /// How much every URL counts, whatever its length; 0 means URLs count as the text they are.
    int charactersPerUrl = 23;
    /// Whether the server can hold a post and publish it at its time while Podium is closed.
    bool nativeScheduling = false;
    /// How far ahead a natively scheduled post must be (Mastodon: 5 minutes).
    qint64 minimumScheduleLeadSeconds = 0;
    bool statuses = true;
    bool replies = true;
    bool comments = false;
    bool likes = true;
    bool follows = true;
    bool articles = false;
};

} // namespace Podium::Core
