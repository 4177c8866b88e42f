#pragma once

#include <QList>

namespace Podium::Core {

/// Finds a shortest edit script between two sequences: Myers' O(ND) algorithm, in linear space.
class MyersDiff
{
public:
    /// Which items of `a` are removed and which items of `b` are added; the others pair up in order.
    struct Changes
    {
        QList<bool> removed;
        QList<bool> added;
    };

    static Changes compare(const QList<int>& a, const QList<int>& b);
};

} // namespace Podium::Core
