#include "publish_command.h"

#include "command_context.h"
#include "common/error_message.h"
#include "publishing/publisher.h"
#include "publishing/publishing_services.h"
#include "subcommand_parser.h"
#include "termination_signals.h"

#include <QEventLoop>
#include <QJsonObject>

namespace Podium::Cli {

PublishCommand::PublishCommand(CommandContext& context)
    : m_context(context)
{}

int PublishCommand::run(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium publish (--once | --daemon) [--grace MINUTES]"),
                         tr("Publishes due posts. --once publishes what is due now and exits; --daemon keeps "
                            "running and publishes each post at its time until stopped."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption once(QStringLiteral("once"), tr("Publish what is due now, then exit."));
    const QCommandLineOption daemon(QStringLiteral("daemon"), tr("Keep running until SIGTERM or Ctrl+C."));
    const QCommandLineOption grace(QStringLiteral("grace"),
                                   tr("A post found this many minutes late is still published; later ones become "
                                      "Missed (default 15)."),
                                   QStringLiteral("minutes"), QStringLiteral("15"));
    parser.addOptions({once, daemon, grace});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (parser.isSet(once) == parser.isSet(daemon))
        return m_context.output().usage(tr("give --once or --daemon"));

    auto services = m_context.publishing();
    if (!services)
        return m_context.output().error(services.error());
    Core::PublisherOptions options;
    options.graceSeconds = qMax(0, parser.value(grace).toInt()) * 60;

    int published = 0, failed = 0, retrying = 0, missed = 0, reconnect = 0, handedOff = 0;
    QEventLoop loop;
    // The publisher is created by startPublishing, so connect right after; nothing is delivered before the
    // event loop runs.
    if (const auto started = (*services)->startPublishing(options); !started)
        return m_context.output().error(started.error());
    Core::Publisher* publisher = (*services)->publisher();
    const bool log = parser.isSet(daemon) && !m_context.output().isJson();
    const auto say = [&](const QString& line) {
        if (log)
            m_context.output().line(line);
    };
    QObject::connect(publisher, &Core::Publisher::postPublished, &loop, [&](const QString& id, const QUrl& url) {
        ++published;
        say(tr("published %1 %2").arg(id, url.toString()));
    });
    QObject::connect(publisher, &Core::Publisher::postHandedOff, &loop, [&](const QString& id) {
        ++handedOff;
        say(tr("handed off %1").arg(id));
    });
    QObject::connect(publisher, &Core::Publisher::postRetryScheduled, &loop,
                     [&](const QString& id, const QDateTime& at, const Core::Error& error) {
                         ++retrying;
                         say(tr("retrying %1 at %2: %3").arg(id, at.toString(Qt::ISODate), error.codeName()));
                     });
    QObject::connect(publisher, &Core::Publisher::postFailed, &loop, [&](const QString& id, const Core::Error& error) {
        ++failed;
        say(tr("failed %1: %2 (%3)").arg(id, Core::ErrorMessage::text(error), error.detail));
    });
    QObject::connect(publisher, &Core::Publisher::postNeedsReconnect, &loop,
                     [&](const QString& id, const Core::Error&) {
                         ++reconnect;
                         say(tr("needs reconnect %1").arg(id));
                     });
    QObject::connect(publisher, &Core::Publisher::postMissed, &loop, [&](const QString& id) {
        ++missed;
        say(tr("missed %1").arg(id));
    });
    TerminationSignals signals;
    QObject::connect(&signals, &TerminationSignals::terminationRequested, &loop, &QEventLoop::quit);
    if (parser.isSet(once)) {
        QObject::connect(publisher, &Core::Publisher::idle, &loop, &QEventLoop::quit);
        // start() may already have found nothing to do.
        QMetaObject::invokeMethod(publisher, &Core::Publisher::publishDue, Qt::QueuedConnection);
    } else {
        say(tr("Publishing; stop with Ctrl+C."));
    }
    loop.exec();

    const QJsonObject summary{{QStringLiteral("published"), published},      {QStringLiteral("handedOff"), handedOff},
                              {QStringLiteral("retrying"), retrying},        {QStringLiteral("failed"), failed},
                              {QStringLiteral("needsReconnect"), reconnect}, {QStringLiteral("missed"), missed}};
    return m_context.output().result(
        summary, tr("%1 published, %2 handed off, %3 retrying later, %4 failed, %5 need reconnecting, %6 missed")
                     .arg(published)
                     .arg(handedOff)
                     .arg(retrying)
                     .arg(failed)
                     .arg(reconnect)
                     .arg(missed));
}

} // namespace Podium::Cli
