#pragma once

#include <QLabel>

namespace Podium::Ui {

/// The large heading at the top of every page, styled once in the theme.
class PageTitle : public QLabel
{
    Q_OBJECT

public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};

} // namespace Podium::Ui
