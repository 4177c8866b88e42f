#include "guides_page.h"

namespace Podium::Ui {

GuidesPage::GuidesPage(QWidget* parent)
    : FeaturePreview(tr("Guides"), tr("Step-by-step guides for every step of the path, for each network."),
                     {tr("Walk through one step at a time, ticking each off as you go."),
                      tr("Open the right screen with a \"Do it now\" button."),
                      tr("Search across all guides, in English and German.")},
                     parent)
{}

} // namespace Podium::Ui
