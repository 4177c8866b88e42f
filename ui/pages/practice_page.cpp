#include "practice_page.h"

namespace Podium::Ui {

PracticePage::PracticePage(QWidget* parent)
    : FeaturePreview(tr("Practice"), tr("A sandbox with sample colleagues, where nothing is ever posted for real."),
                     {tr("Rehearse posts, likes, comments and replies on a practice feed."),
                      tr("Let a trainer run a one-on-one session with a plan, a timer and notes."),
                      tr("Count practice toward practice goals only, never toward live milestones.")},
                     parent)
{}

} // namespace Podium::Ui
