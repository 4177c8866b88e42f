#pragma once

#include "posts/post_state.h"

#include <QColor>

namespace Podium::Ui {

/// One colour per kind of state, the same in the list, the calendar and the composer: red needs a
/// person, amber waits for one, blue is on its way, green is done.
class StatePalette
{
public:
    static QColor accent(Core::PostState state);
    /// A pale tint of the accent, for backgrounds behind dark text.
    static QColor tint(Core::PostState state);
};

} // namespace Podium::Ui
