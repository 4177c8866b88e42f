#include "page_title.h"

namespace Podium::Ui {

PageTitle::PageTitle(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setObjectName(QStringLiteral("pageTitle"));
    setAccessibleName(text);
}

} // namespace Podium::Ui
