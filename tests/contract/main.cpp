// The contract server as a process of its own, for tests that drive Podium from another process.
#include "contract_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using Podium::Tests::ContractServer;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop, which then quits.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("podium-contract-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A loopback server following the Mastodon client API, with injected faults."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption ratio(QStringLiteral("fault-ratio"), QStringLiteral("Share of requests to fail."),
                                   QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fault sequence."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The accepted bearer token."),
                                   QStringLiteral("T"), QStringLiteral("contract-token"));
    const QCommandLineOption budget(QStringLiteral("rate-limit"), QStringLiteral("Requests per window."),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption window(QStringLiteral("rate-window"), QStringLiteral("Window in seconds."),
                                    QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption slow(QStringLiteral("slow-ms"), QStringLiteral("Delay of a slow answer."),
                                  QStringLiteral("MS"), QStringLiteral("3000"));
    parser.addOptions({port, ratio, seed, token, budget, window, slow});
    parser.process(app);

    ContractServer server;
    server.setToken(parser.value(token));
    server.setRateLimit(parser.value(budget).toInt(), parser.value(window).toInt());
    server.faultPlan().setSeed(parser.value(seed).toULongLong());
    server.faultPlan().setFailureRatio(parser.value(ratio).toDouble());
    server.faultPlan().setSlowDelayMs(parser.value(slow).toInt());
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    quitOnTerminationSignals(app);
    // Another process waits for this line to learn the port.
    std::printf("listening %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
