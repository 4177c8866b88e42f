#include "compose_page.h"

namespace Podium::Ui {

ComposePage::ComposePage(QWidget* parent)
    : FeaturePreview(tr("Compose"), tr("A one-minute composer for status updates, replies, comments and articles."),
                     {tr("Suggest an idea that fits where you are on your path."),
                      tr("Count characters by each network's own rules and preview the post."),
                      tr("Let a delegate write in an executive's name, for the executive to approve."),
                      tr("Schedule a post, showing the time for you, your delegate and your audience."),
                      tr("Save drafts as you type, so nothing is lost.")},
                     parent)
{}

} // namespace Podium::Ui
