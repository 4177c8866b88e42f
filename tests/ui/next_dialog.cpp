#include "next_dialog.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

namespace Podium::Tests {

void onNextDialog(const std::function<void(QDialog&)>& act)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(*dialog);
        }
    });
    poll->start(10);
}

} // namespace Podium::Tests
