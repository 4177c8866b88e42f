#pragma once

#include "path/next_step.h"

#include <QCoreApplication>

namespace Podium::Ui {

/// Translated words for the easy button's steps: core names a step by a stable id and milestone, and
/// this says it in the person's language, as an action they can take now.
class StepText
{
    Q_DECLARE_TR_FUNCTIONS(StepText)

public:
    /// "Post your first status update".
    static QString title(const Core::NextStep& step, const QString& guideTitle = {});
    /// One or two sentences on why this step and what it takes.
    static QString explanation(const Core::NextStep& step);
    /// The button that does it: "Write it now", "Open the guide".
    static QString action(const Core::NextStep& step);
};

} // namespace Podium::Ui
