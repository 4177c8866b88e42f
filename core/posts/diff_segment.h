#pragma once

#include <QString>

namespace Podium::Core {

/// One run of a word-level diff: text both versions share, or text only one of them has.
struct DiffSegment
{
    enum class Kind
    {
        Same,
        Added,
        Removed,
    };

    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

} // namespace Podium::Core
