#pragma once

#include "posts/post.h"

#include <QJsonObject>

namespace Podium::Cli {

/// How a post is printed by `--json` and in one line of text, shared by the post, queue and publish commands.
class PostJson
{
public:
    static QJsonObject toJson(const Core::Post& post);
    /// One line for people: state, due time in the zone it was chosen in, kind and the start of the text.
    static QString line(const Core::Post& post);
    /// The due time as the person chose it, e.g. "2026-03-29 09:00 Europe/Berlin".
    static QString localTime(const Core::Post& post);
};

} // namespace Podium::Cli
