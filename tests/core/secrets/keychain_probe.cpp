// Writes one secret with KeychainSecretStore and reads it back, in a process whose environment the test
// chose (no bus, a dead bus), and reports on stdout what happened:
//   write=<code name or ok>  write_ms=<elapsed>  write_detail=<Error::detail>  and the same for read.
// Usage: keychain_probe SERVICE KEY SECRET
#include "common/result.h"
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_store_waiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

// Longer than any honest "no keychain" answer, so a timeout shows up as such (and fails the test's bound).
constexpr int probeTimeoutMs = 20000;

template <typename T>
void report(QTextStream& out, const char* what, const Podium::Core::Result<T>& result, qint64 ms)
{
    const QString name = QLatin1String(what);
    out << name << "=" << (result ? QStringLiteral("ok") : result.error().codeName()) << "\n";
    out << name << "_ms=" << ms << "\n";
    out << name << "_detail=" << (result ? QString() : result.error().detail).simplified() << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: keychain_probe SERVICE KEY SECRET\n", stderr);
        return 2;
    }
    Podium::Core::KeychainSecretStore store(args.at(1));
    Podium::Core::SecretStoreWaiter waiter(store, probeTimeoutMs);
    QTextStream out(stdout);

    QElapsedTimer clock;
    clock.start();
    const auto written = waiter.write(args.at(2), args.at(3));
    report(out, "write", written, clock.restart());
    const auto read = waiter.read(args.at(2));
    report(out, "read", read, clock.elapsed());
    return 0;
}
