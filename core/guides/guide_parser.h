#pragma once

#include "common/result.h"
#include "guide.h"

namespace Podium::Core {

/// Reads a guide file (front matter, introduction, "## " steps with "- [ ]" actions and pictures).
/// Any input, however broken, gives a Guide or a GuideMalformed error naming the line: never a crash.
class GuideParser
{
public:
    static Result<Guide> parse(const QString& text, const QString& language);
};

} // namespace Podium::Core
