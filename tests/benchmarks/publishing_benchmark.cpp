// Prints the publishing figures `scripts/dev bench` reports: dispatch latency with a large queue, and
// throughput against the loopback contract server next to a bare QNetworkAccessManager loop. The server
// runs as a process of its own, as a real server would, so its work is not charged to either client.
#include "common/ids.h"
#include "common/system_clock.h"
#include "memory_secret_store.h"
#include "people/people_service.h"
#include "platforms/mastodon/mastodon_platform.h"
#include "posts/post_service.h"
#include "publishing/account_platforms.h"
#include "publishing/publisher.h"
#include "publishing/scheduler.h"
#include "publishing/wall_clock_alarm.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace Podium::Core;
using Podium::Tests::MemorySecretStore;

namespace {

/// The contract server as its own process on a free loopback port, with no rate limit to speak of.
class ServerProcess
{
public:
    ServerProcess()
    {
        m_process.start(
            QStringLiteral(PODIUM_CONTRACT_SERVER_BINARY),
            {QStringLiteral("--rate-limit"), QStringLiteral("100000000"), QStringLiteral("--token"), token()});
        m_process.waitForReadyRead(10000);
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("listening ")) {
            std::fprintf(stderr, "the contract server did not start: %s\n", line.constData());
            std::exit(1);
        }
        m_url = QUrl(QString::fromUtf8(line.mid(10)));
    }
    ~ServerProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }
    static QString token() { return QStringLiteral("bench-token"); }

private:
    QProcess m_process;
    QUrl m_url;
};

/// Notes when each post's request leaves, by its Idempotency-Key: "request sent" in the dispatch figure.
class TimingNetwork final : public QNetworkAccessManager
{
public:
    QHash<QString, qint64> sentAt;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* body) override
    {
        const QByteArray key = request.rawHeader("Idempotency-Key");
        if (!key.isEmpty() && !sentAt.contains(QString::fromLatin1(key)))
            sentAt.insert(QString::fromLatin1(key), QDateTime::currentMSecsSinceEpoch());
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};

void runUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    return double(values.at(qMin(values.size() - 1, int(p * values.size()))));
}

struct Bench
{
    QTemporaryDir dir;
    SystemClock clock;
    ServerProcess server;
    std::unique_ptr<Workspace> workspace;
    NetworkAccount account;
    MemorySecretStore secrets;
    TimingNetwork network;
    std::unique_ptr<AccountPlatforms> platforms;

    Bench()
    {
        workspace = std::move(
            Workspace::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("bench.sqlite"))), clock).value());
        const Person executive =
            *workspace->people().add(QStringLiteral("Dana"), Role::Executive, QStringLiteral("Europe/Berlin"));
        account = NetworkAccount{
            QStringLiteral("bench"),     executive.id, PlatformKind::Mastodon, server.url(), QStringLiteral("dana"),
            QStringLiteral("connected"), clock.now()};
        (void)AccountRepository(workspace->database()).add(account);
        bool stored = false;
        secrets.write(account.secretKey(), ServerProcess::token(), [&](Result<void>) { stored = true; });
        runUntil([&] { return stored; });
        platforms = std::make_unique<AccountPlatforms>(workspace->database(), clock, secrets);
        platforms->setFactory(PlatformKind::Mastodon, [this](const NetworkAccount& a, const QString& token) {
            return std::unique_ptr<Platform>(std::make_unique<MastodonPlatform>(&network, clock, a.serverUrl, token));
        });
    }

    /// Inserts posts straight through the repository in one transaction: seeding, not what is measured.
    QStringList seed(int count, const QDateTime& first, qint64 spacingMs)
    {
        QStringList ids;
        PostRepository posts(workspace->database());
        (void)workspace->database().transaction([&]() -> Result<void> {
            for (int i = 0; i < count; ++i) {
                Post post;
                post.id = newId();
                post.authorId = account.personId;
                post.accountId = account.id;
                post.platform = PlatformKind::Mastodon;
                post.state = PostState::Scheduled;
                post.body = QStringLiteral("Benchmark post %1: thank you, team.").arg(post.id);
                post.scheduledAt = first.addMSecs(spacingMs * i);
                post.createdAt = post.updatedAt = clock.now();
                if (const Result<void> inserted = posts.insert(post); !inserted)
                    return inserted;
                ids.append(post.id);
            }
            return {};
        });
        return ids;
    }

    int published(const QStringList& ids)
    {
        int done = 0;
        for (const QString& id : ids)
            done += workspace->posts().find(id)->state == PostState::Published ? 1 : 0;
        return done;
    }
};

void dispatchLatency()
{
    Bench bench;
    // 99,000 posts spread over the coming year, and 1,000 due one every 60 ms within the next minute.
    const QDateTime now = bench.clock.now();
    bench.seed(99000, now.addDays(2), 300000);
    const QDateTime firstDue = now.addSecs(5);
    const QStringList due = bench.seed(1000, firstDue, 60);
    QHash<QString, qint64> dueAt;
    for (int i = 0; i < due.size(); ++i)
        dueAt.insert(due.at(i), firstDue.toMSecsSinceEpoch() + 60 * i);

    Publisher publisher(bench.workspace->posts(), *bench.platforms, bench.clock);
    WallClockAlarm alarm;
    Scheduler scheduler(bench.workspace->posts(), alarm);
    QObject::connect(&scheduler, &Scheduler::postsDue, &publisher, &Publisher::publishDue);
    publisher.start();
    scheduler.start();
    runUntil([&] { return bench.network.sentAt.size() >= due.size(); });
    QList<qint64> latencies;
    for (const QString& id : due)
        latencies.append(bench.network.sentAt.value(id) - dueAt.value(id));
    std::printf("dispatch latency, 100,000 queued, 1,000 due within a minute: median %.0f ms, p99 %.0f ms, "
                "max %.0f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0));
}

double podiumThroughput(int count)
{
    Bench bench;
    const QStringList ids = bench.seed(count, bench.clock.now(), 0);
    Publisher publisher(bench.workspace->posts(), *bench.platforms, bench.clock);
    int published = 0;
    QObject::connect(&publisher, &Publisher::postPublished, [&] { ++published; });
    QElapsedTimer timer;
    timer.start();
    publisher.start();
    runUntil([&] { return published >= count; });
    return count * 1000.0 / double(timer.elapsed());
}

double bareThroughput(int count, int inFlight)
{
    ServerProcess server;
    QNetworkAccessManager network;
    int sent = 0, finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> sendOne = [&] {
        const QString key = newId();
        QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/v1/statuses"))));
        request.setRawHeader("Authorization", "Bearer " + ServerProcess::token().toUtf8());
        request.setRawHeader("Idempotency-Key", key.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("status"), QStringLiteral("Benchmark post %1: thank you, team.").arg(key));
        QNetworkReply* reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            ++finished;
            if (sent < count)
                sendOne();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        sendOne();
    runUntil([&] { return finished >= count; });
    return count * 1000.0 / double(timer.elapsed());
}

/// Peak resident memory of a process, from the kernel's own record (VmHWM), in kB; 0 if unreadable.
qint64 peakResidentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

void daemonMemory()
{
    // A workspace holding 100,000 queued practice posts spread over the coming year, and 200 due now, so
    // the daemon is measured while it publishes, not only while it waits.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daemon.sqlite"));
    {
        SystemClock clock;
        auto workspace = std::move(Workspace::open(DatabaseLocation::sqliteFile(path), clock).value());
        const Person executive =
            *workspace->people().add(QStringLiteral("Dana"), Role::Executive, QStringLiteral("Europe/Berlin"));
        PostRepository posts(workspace->database());
        (void)workspace->database().transaction([&]() -> Result<void> {
            for (int i = 0; i < 100000; ++i) {
                Post post;
                post.id = newId();
                post.authorId = executive.id;
                post.platform = PlatformKind::Practice;
                post.isPractice = true;
                post.state = PostState::Scheduled;
                post.body = QStringLiteral("Queued post %1: thank you, team, for a great quarter.").arg(i);
                post.scheduledAt = i < 200 ? clock.now() : clock.now().addSecs(qint64(i) * 300);
                post.createdAt = post.updatedAt = clock.now();
                if (const Result<void> inserted = posts.insert(post); !inserted)
                    return inserted;
            }
            return {};
        });
    }
    QProcess daemon;
    daemon.start(QStringLiteral(PODIUM_BINARY),
                 {QStringLiteral("--database"), path, QStringLiteral("publish"), QStringLiteral("--daemon")});
    daemon.waitForStarted();
    // Long enough to start, publish what is due and settle into waiting for the next post.
    runUntil(
        [&] { return daemon.state() == QProcess::NotRunning || daemon.readAllStandardOutput().contains("published"); });
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() > 5000 || daemon.state() == QProcess::NotRunning; });
    const qint64 peakKb = peakResidentKb(daemon.processId());
    daemon.terminate();
    daemon.waitForFinished(10000);
    SystemClock clock;
    auto workspace = std::move(Workspace::open(DatabaseLocation::sqliteFile(path), clock).value());
    const int published = workspace->posts().countByState()->value(PostState::Published);
    std::printf("podium publish --daemon holding 100,000 queued posts (%d of them published meanwhile): peak RSS "
                "%.1f MB\n",
                published, double(peakKb) / 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    // One side alone, for a profiler.
    if (arguments.contains(QStringLiteral("--podium-only"))) {
        std::printf("podium %.0f posts/s\n", podiumThroughput(2000));
        return 0;
    }
    if (arguments.contains(QStringLiteral("--bare-only"))) {
        std::printf("bare %.0f posts/s\n", bareThroughput(2000, 16));
        return 0;
    }
    if (arguments.contains(QStringLiteral("--throughput")) || arguments.size() == 1) {
        const int count = 2000;
        // Same run, same machine state: the two loops take turns, and the medians are compared, so a
        // passing disturbance on a small machine does not decide the figure.
        QList<double> bare, podium;
        for (int round = 0; round < 5; ++round) {
            bare.append(bareThroughput(count, 16));
            podium.append(podiumThroughput(count));
        }
        std::sort(bare.begin(), bare.end());
        std::sort(podium.begin(), podium.end());
        const double bareMedian = bare.at(bare.size() / 2);
        const double podiumMedian = podium.at(podium.size() / 2);
        std::printf("throughput, %d posts to the contract server, median of %d rounds: podium %.0f posts/s, bare "
                    "QNetworkAccessManager %.0f posts/s; per-post cost %.2fx the bare loop\n",
                    count, int(bare.size()), podiumMedian, bareMedian, bareMedian / podiumMedian);
    }
    if (arguments.contains(QStringLiteral("--dispatch")) || arguments.size() == 1)
        dispatchLatency();
    if (arguments.contains(QStringLiteral("--daemon-memory")) || arguments.size() == 1)
        daemonMemory();
    return 0;
}
