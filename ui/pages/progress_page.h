#pragma once

#include "widgets/feature_preview.h"

namespace Podium::Ui {

/// Placeholder until the feature lands: says plainly what the page will do.
class ProgressPage : public FeaturePreview
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget* parent = nullptr);
};

} // namespace Podium::Ui
