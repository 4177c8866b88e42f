#include "first_paint_probe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Podium::Ui {

FirstPaintProbe::FirstPaintProbe(QObject* watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        // Quit after the paint has been delivered, so its cost is inside the measurement.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Podium::Ui
