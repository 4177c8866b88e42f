#include "progress_page.h"

namespace Podium::Ui {

ProgressPage::ProgressPage(QWidget* parent)
    : FeaturePreview(tr("Progress"), tr("How far each executive has come on the path, and friendly competition."),
                     {tr("Show milestones reached and the next one, tier by tier."),
                      tr("Give trainers every executive's progress and last activity at a glance."),
                      tr("Run leaderboards that count delegate-prepared posts honestly.")},
                     parent)
{}

} // namespace Podium::Ui
