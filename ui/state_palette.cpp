#include "state_palette.h"

namespace Podium::Ui {

using Core::PostState;

QColor StatePalette::accent(PostState state)
{
    switch (state) {
    case PostState::Overdue:
    case PostState::Failed:
    case PostState::NeedsReconnect:
    case PostState::Missed:
        return QColor(0xb0, 0x3a, 0x2e);
    case PostState::AwaitingApproval:
    case PostState::ChangesRequested:
        return QColor(0x8a, 0x5a, 0x00);
    case PostState::Published:
        return QColor(0x1e, 0x7b, 0x4a);
    case PostState::Draft:
    case PostState::Cancelled:
        return QColor(0x5d, 0x6d, 0x7e);
    default:
        return QColor(0x1f, 0x4e, 0x79);
    }
}

QColor StatePalette::tint(PostState state)
{
    const QColor base = accent(state);
    // Mixed 12 % into white: light enough for dark text to keep its contrast.
    const auto mix = [](int channel) { return 255 - (255 - channel) * 12 / 100; };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

} // namespace Podium::Ui
