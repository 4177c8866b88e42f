#pragma once

#include <QObject>

class QSocketNotifier;

namespace Podium::Cli {

/// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, so a daemon stops between posts, from
/// the event loop, instead of inside a signal handler.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Podium::Cli
