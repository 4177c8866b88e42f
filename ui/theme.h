#pragma once

class QApplication;

namespace Podium::Ui {

/// Podium's look: a calm light palette and one style sheet, applied once at start-up.
class Theme
{
public:
    static void apply(QApplication& app);
};

} // namespace Podium::Ui
