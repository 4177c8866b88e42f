#pragma once

class QApplication;
class QColor;

namespace Podium::Ui {

/// Podium's look: a calm light palette and one style sheet, applied once at start-up.
class Theme
{
public:
    static void apply(QApplication& app);
    /// Behind words a delegate's draft gained and lost; never the only sign of a change.
    static QColor addedBackground();
    static QColor removedBackground();
    /// Quiet text, for messages that need no action.
    static QColor hintText();
};

} // namespace Podium::Ui
