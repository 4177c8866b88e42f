#pragma once

#include <QLabel>

namespace Podium::Core {
struct Error;
}

namespace Podium::Ui {

/// A form's error line: hidden until an error arrives, then the translated message for its code.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);
    void showError(const Core::Error& error);
};

} // namespace Podium::Ui
