#pragma once

#include "common/result.h"
#include "guide.h"

#include <QStringList>

namespace Podium::Core {

/// Reads a guide file (front matter, introduction, "## " steps with "- [ ]" actions and pictures).
/// Any input, however broken, gives a Guide or a GuideMalformed error naming the line: never a crash.
class GuideParser
{
public:
    static Result<Guide> parse(const QString& text, const QString& language);
    /// The screens a step's "[Do it now](podium:ACTION)" line may open.
    static const QStringList& actions();
};

} // namespace Podium::Core
