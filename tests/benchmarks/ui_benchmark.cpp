// Prints the composer's and the queue's figures: the recount and preview per keystroke in a 10,000-character
// draft, and the queue page with 100,000 posts across 500 executives (first rows shown, filter changes).
// Offscreen, release build; run by `scripts/dev bench`.
#include "common/system_clock.h"
#include "delegation/delegation_service.h"
#include "models/queue_model.h"
#include "pages/compose_page.h"
#include "pages/queue_page.h"
#include "people/people_service.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Podium;

namespace {

constexpr int executiveCount = 500;
constexpr int postCount = 100'000;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * fraction))];
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// 500 executives who all made `delegate` their Author, and 100,000 posts spread over every queue filter.
void seed(Core::Workspace& workspace, const Core::Person& delegate)
{
    QStringList executives;
    for (int i = 0; i < executiveCount; ++i) {
        const auto executive = workspace.people().add(QStringLiteral("Executive %1").arg(i, 3, 10, QLatin1Char('0')),
                                                      Core::Role::Executive, QStringLiteral("Europe/Berlin"));
        executives << executive->id;
        Core::DelegationRequest request;
        request.executiveId = executive->id;
        request.delegateId = delegate.id;
        request.level = Core::DelegationLevel::Editor;
        const auto grant = workspace.delegations().grant(executive->id, request);
        if (!grant || !workspace.delegations().accept(delegate.id, grant->id)) {
            std::fprintf(stderr, "could not grant a delegation\n");
            std::exit(1);
        }
    }
    const char* states[] = {
        "draft",  "awaiting-approval", "changes-requested", "scheduled", "overdue", "published", "failed",
        "missed", "cancelled",         "published"};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Core::Database& database = workspace.database();
    const auto written = database.transaction([&]() -> Core::Result<void> {
        for (int i = 0; i < postCount; ++i) {
            Core::Statement insert = database.prepare(
                QStringLiteral("INSERT INTO posts (id, author_id, platform, kind, state, body, is_practice, "
                               "prepared_by, scheduled_at, "
                               "created_at, updated_at) VALUES (?, ?, 'practice', 'status', ?, ?, 1, ?, ?, ?, ?)"));
            const QString state = QLatin1String(states[i % 10]);
            const qint64 at = now + qint64(i - postCount / 2) * 60'000;
            insert.addBindValue(uuid());
            insert.addBindValue(executives.at(i % executiveCount));
            insert.addBindValue(state);
            insert.addBindValue(
                QStringLiteral("Post number %1: thank you to everyone who made this quarter work.").arg(i));
            insert.addBindValue(delegate.id);
            insert.addBindValue(state == QLatin1String("draft") ? QVariant(QMetaType::fromType<qlonglong>())
                                                                : QVariant(at));
            insert.addBindValue(now - qint64(postCount - i) * 1000);
            insert.addBindValue(now);
            if (const auto run = database.exec(insert); !run)
                return run;
        }
        return {};
    });
    if (!written) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(written.error().detail));
        std::exit(1);
    }
}

void benchmarkQueue(Core::Workspace& workspace, const Core::Person& delegate)
{
    std::vector<double> opens;
    for (int round = 0; round < 15; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto* page = new Ui::QueuePage(workspace, delegate);
        page->resize(1100, 700);
        page->show();
        QApplication::processEvents();
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (page->model()->rowCount() == 0) {
            std::fprintf(stderr, "the queue showed no rows\n");
            std::exit(1);
        }
        delete page;
    }
    Ui::QueuePage page(workspace, delegate);
    page.resize(1100, 700);
    page.show();
    QApplication::processEvents();
    std::vector<double> changes;
    for (int round = 0; round < 5; ++round) {
        for (const Core::QueueFilter filter : Core::queueFilters()) {
            QElapsedTimer timer;
            timer.start();
            page.setFilter(filter);
            QApplication::processEvents();
            changes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("queue page, %d posts across %d executives (as their delegate):\n", postCount, executiveCount);
    std::printf("  open to first rows painted: median %.1f ms, max %.1f ms (target 50 ms)\n", median(opens),
                *std::max_element(opens.begin(), opens.end()));
    std::printf("  filter change repainted:     median %.1f ms, p90 %.1f ms, max %.1f ms (target 50 ms)\n",
                median(changes), percentile(changes, 0.9), *std::max_element(changes.begin(), changes.end()));
}

void benchmarkComposer(Core::Workspace& workspace, const Core::Person& delegate)
{
    Ui::ComposePage composer(workspace, nullptr, delegate);
    composer.resize(1100, 700);
    composer.show();
    QString draft;
    while (draft.size() < 10'000)
        draft += QStringLiteral("Our teams shipped https://example.org/release-notes today 🎉 with #quality. ");
    draft.truncate(10'000);
    composer.editor()->setPlainText(draft);
    composer.editor()->moveCursor(QTextCursor::End);
    QApplication::processEvents();
    std::vector<double> keystrokes;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(composer.editor(), i % 2 ? Qt::Key_Backspace : Qt::Key_A);
        QApplication::processEvents();
        keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> recounts;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer timer;
        timer.start();
        composer.updateCountAndPreview();
        recounts.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("composer, 10,000-character draft:\n");
    std::printf("  recount and preview update: median %.2f ms, p90 %.2f ms (target 2 ms)\n", median(recounts),
                percentile(recounts, 0.9));
    std::printf("  whole keystroke incl. repaint: median %.2f ms, p90 %.2f ms\n", median(keystrokes),
                percentile(keystrokes, 0.9));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const Core::SystemClock clock;
    const auto location = Core::DatabaseLocation::parse(dir.filePath(QStringLiteral("bench.sqlite")));
    auto workspace = Core::Workspace::open(location.value(), clock);
    if (!workspace) {
        std::fprintf(stderr, "cannot open a workspace: %s\n", qPrintable(workspace.error().detail));
        return 1;
    }
    const auto delegate = workspace.value()->people().add(QStringLiteral("Mia Chen"), Core::Role::Delegate,
                                                          QStringLiteral("Europe/London"));
    QElapsedTimer seeding;
    seeding.start();
    seed(*workspace.value(), delegate.value());
    std::printf("(seeded %d posts in %.1f s)\n", postCount, double(seeding.elapsed()) / 1000.0);
    benchmarkComposer(*workspace.value(), delegate.value());
    benchmarkQueue(*workspace.value(), delegate.value());
    return 0;
}
