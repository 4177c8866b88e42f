#pragma once

#include <functional>

class QDialog;

namespace Podium::Tests {

/// Runs `act` on the next modal dialog as soon as it opens: exec() blocks the test until the dialog closes,
/// so the test answers it from a timer.
void onNextDialog(const std::function<void(QDialog&)>& act);

} // namespace Podium::Tests
