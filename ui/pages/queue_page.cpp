#include "queue_page.h"

namespace Podium::Ui {

QueuePage::QueuePage(QWidget* parent)
    : FeaturePreview(tr("Queue"), tr("Everything prepared, waiting, scheduled, published or failed, in one place."),
                     {tr("Filter drafts, posts waiting for approval, scheduled, overdue, published, failed and "
                         "missed posts."),
                      tr("See the week at a glance in a calendar."),
                      tr("Approve a delegate's draft with the changes highlighted, or ask for changes."),
                      tr("Tell you plainly why a post failed and what to do about it.")},
                     parent)
{}

} // namespace Podium::Ui
