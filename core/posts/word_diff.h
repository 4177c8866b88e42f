#pragma once

#include "diff_segment.h"

#include <QList>
#include <QString>

namespace Podium::Core {

/// Compares two texts word by word, as an executive reads a delegate's changes.
class WordDiff
{
public:
    /// The Same and Removed segments spell `before`, the Same and Added ones spell `after`. Neighbours never
    /// share a kind, and where something was replaced the Removed segment comes first.
    static QList<DiffSegment> compare(const QString& before, const QString& after);
};

} // namespace Podium::Core
