#pragma once

#include <QObject>

namespace Podium::Ui {

/// Quits the application right after a widget's first paint. The start-up benchmark uses it to time
/// "process start to first painted window" from outside the process.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QObject* watched);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_fired = false;
};

} // namespace Podium::Ui
