#include "error_label.h"

#include "common/error_message.h"

namespace Podium::Ui {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errorText"));
    setWordWrap(true);
    hide();
}

void ErrorLabel::showError(const Core::Error& error)
{
    setText(Core::ErrorMessage::text(error));
    show();
}

} // namespace Podium::Ui
