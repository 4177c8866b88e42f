#pragma once

#include <QStringList>
#include <QWidget>

namespace Podium::Ui {

/// The honest face of a page whose feature is not built yet: what it will do, and that it is not here yet.
class FeaturePreview : public QWidget
{
    Q_OBJECT

public:
    FeaturePreview(const QString& title, const QString& summary, const QStringList& plans, QWidget* parent = nullptr);
};

} // namespace Podium::Ui
