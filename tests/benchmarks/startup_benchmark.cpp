// Times Podium from process start to its first painted main window, and its peak memory, against a bare
// QMainWindow run in the same loop (median of 10 runs each, offscreen). Linux only: it reads wait4's rusage.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double milliseconds = 0;
    double peakMegabytes = 0;
};

Sample runOnce(const QString& program, const QStringList& arguments)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], status);
        std::exit(1);
    }
    return Sample{elapsed, double(usage.ru_maxrss) / 1024.0};
}

// Runs a set-up command, discarding what it prints.
void runQuietly(const QString& program, const QStringList& arguments)
{
    fflush(stdout);
    const int saved = dup(STDOUT_FILENO);
    freopen("/dev/null", "w", stdout);
    runOnce(program, arguments);
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Sample medianOf(const QString& program, const QStringList& arguments, int runs)
{
    runOnce(program, arguments); // warm the file cache; not counted
    std::vector<double> times;
    std::vector<double> memory;
    for (int i = 0; i < runs; ++i) {
        const Sample sample = runOnce(program, arguments);
        times.push_back(sample.milliseconds);
        memory.push_back(sample.peakMegabytes);
    }
    return Sample{median(times), median(memory)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: startup_benchmark PODIUM BARE_WINDOW\n");
        return 2;
    }
    const QString podium = QString::fromLocal8Bit(argv[1]);
    const QString bare = QString::fromLocal8Bit(argv[2]);
    constexpr int runs = 10;

    // A private home with one person who is "me", so Podium opens straight into its main window.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    runQuietly(podium, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Bench Executive"), QStringLiteral("--role"), QStringLiteral("executive"),
                        QStringLiteral("--zone"), QStringLiteral("UTC"), QStringLiteral("--me")});
    qputenv("PODIUM_EXIT_AFTER_FIRST_PAINT", "1");

    const Sample baseline = medianOf(bare, {}, runs);
    const Sample withText = medianOf(bare, {QStringLiteral("--with-text")}, runs);
    const Sample measured = medianOf(podium, {}, runs);
    const double timeRatio = measured.milliseconds / baseline.milliseconds;
    const double extraMemory = measured.peakMegabytes - baseline.peakMegabytes;

    std::printf("Start-up to first painted window (median of %d runs, offscreen)\n", runs);
    std::printf("  %-14s %9s %12s\n", "", "time", "peak RSS");
    std::printf("  %-14s %7.1f ms %9.1f MB\n", "bare window", baseline.milliseconds, baseline.peakMegabytes);
    std::printf("  %-14s %7.1f ms %9.1f MB   (for scale only: the cost of fonts)\n", "bare + 1 label",
                withText.milliseconds, withText.peakMegabytes);
    std::printf("  %-14s %7.1f ms %9.1f MB\n", "podium", measured.milliseconds, measured.peakMegabytes);
    std::printf("  ratio %.2fx (target <= 1.50x): %s\n", timeRatio, timeRatio <= 1.5 ? "met" : "NOT MET");
    std::printf("  extra memory %+.1f MB (target <= +15 MB): %s\n", extraMemory, extraMemory <= 15 ? "met" : "NOT MET");
    return 0;
}
