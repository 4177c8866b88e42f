// A trainer and an executive, each in their own Podium on one workspace, go through a whole practice session:
// the trainer plans it and prepares the profile checklist, the executive posts, likes and comments in the
// sandbox while Home follows the practice path, the trainer takes notes and records the outcome. Nothing
// reaches the executive's live account, and the live path is untouched.
#include "live_account.h"
#include "main_window.h"
#include "memory_secret_store.h"
#include "models/practice_feed_model.h"
#include "models/practice_plan_model.h"
#include "models/profile_checklist_model.h"
#include "next_dialog.h"
#include "pages/compose_page.h"
#include "pages/home_page.h"
#include "pages/practice_page.h"
#include "path/path_service.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice_comment_dialog.h"
#include "practice_driver.h"
#include "practice_outcome_dialog.h"
#include "publishing/publishing_services.h"
#include "wait_until.h"
#include "widget_fixture.h"
#include "widgets/practice_session_panel.h"
#include "widgets/session_banner.h"
#include "widgets/session_run_view.h"
#include "widgets/session_start_form.h"

#include <catch2/catch.hpp>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Podium;
using namespace Podium::Tests;

namespace {

template <typename Page>
Page* open(Ui::MainWindow& window, Ui::NavigationPage which)
{
    window.showPage(which);
    auto* page = qobject_cast<Page*>(window.pages()->currentWidget());
    REQUIRE(page);
    return page;
}

QString nextStepOf(Ui::MainWindow& window)
{
    auto* home = open<Ui::HomePage>(window, Ui::NavigationPage::Home);
    // The other person's window changed the path; this one reads it again, as on returning to Home.
    home->refresh();
    return home->findChild<QLabel*>(QStringLiteral("cardTitle"))->text();
}

/// Whether the composer lets the executive pick their live account (the second entry, after the sandbox).
bool liveAccountOffered(const Ui::ComposePage& composer)
{
    const auto* items = qobject_cast<const QStandardItemModel*>(composer.network()->model());
    REQUIRE(items);
    REQUIRE(items->rowCount() == 2);
    return items->item(1)->isEnabled();
}

bool isMet(Core::Workspace& workspace, const QString& personId, Core::Track track, const QString& milestone)
{
    const auto progress = workspace.path().progress(personId, track);
    REQUIRE(progress.hasValue());
    const Core::MilestoneProgress* found = progress->milestone(milestone);
    REQUIRE(found);
    return found->met;
}

} // namespace

TEST_CASE("A trainer-led session moves the executive's practice path and Home's next step, never the live one", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    const Core::NetworkAccount live = addLiveAccount(f.workspace().database(), dana.id, f.clock().now());
    MemorySecretStore secrets;
    Core::PublishingServices publishing(f.workspace(), secrets, nullptr);
    REQUIRE(publishing.startPublishing().hasValue());

    Ui::MainWindow asDana(f.workspace(), &publishing, dana, f.settings());
    asDana.resize(1100, 760);
    asDana.show();
    Ui::MainWindow asJonas(f.workspace(), nullptr, jonas, f.settings());
    asJonas.resize(1100, 760);
    asJonas.show();
    // With a live account and no session, Home follows the live path.
    CHECK(nextStepOf(asDana) == QStringLiteral("Complete your profile checklist"));
    CHECK(open<Ui::HomePage>(asDana, Ui::NavigationPage::Home)->practiceBadge()->isHidden());
    CHECK(open<Ui::HomePage>(asDana, Ui::NavigationPage::Home)->isVisible());

    // The trainer plans the session: the profile, the first status update and the weekly engagement.
    auto* trainerPage = open<Ui::PracticePage>(asJonas, Ui::NavigationPage::Practice);
    Ui::PracticeSessionPanel* panel = trainerPage->sessionPanel();
    REQUIRE(panel);
    REQUIRE(panel->selectExecutive(dana.id));
    Ui::SessionStartForm* form = panel->startForm();
    for (const QString& milestone : {QStringLiteral("profile-checklist"), QStringLiteral("first-status-update"),
                                     QStringLiteral("weekly-engagement")})
        form->plan()->setData(planIndex(*form->plan(), milestone), Qt::Checked, Qt::CheckStateRole);
    form->minutes()->setValue(45);
    QTest::mouseClick(form->startButton(), Qt::LeftButton);
    REQUIRE(panel->isRunning());
    const auto started = f.workspace().practiceSessions().openSessionFor(dana.id);
    REQUIRE(started.hasValue());
    REQUIRE(started->has_value());
    const QString sessionId = (*started)->id;

    // The executive's Home now follows the practice path, marked PRACTICE; the Practice page shows the session.
    CHECK(nextStepOf(asDana) == QStringLiteral("Complete your profile checklist"));
    auto* home = open<Ui::HomePage>(asDana, Ui::NavigationPage::Home);
    CHECK(home->practiceBadge()->isVisible());
    auto* danaPractice = open<Ui::PracticePage>(asDana, Ui::NavigationPage::Practice);
    CHECK(danaPractice->sessionBanner()->isVisible());
    CHECK(danaPractice->sessionBanner()->title()->text().contains(QStringLiteral("Jonas Weber")));

    // The trainer's own checklist for Dana: one item, ticked together. The profile milestone is met in practice.
    Ui::SessionRunView* run = panel->runView();
    QTest::keyClicks(run->checklistInput(), QStringLiteral("Replace the photo with this year's portrait"));
    QTest::keyClick(run->checklistInput(), Qt::Key_Return);
    REQUIRE(run->checklist()->rowCount() == 1);
    run->checklist()->setData(run->checklist()->index(0), Qt::Checked, Qt::CheckStateRole);
    CHECK(nextStepOf(asDana) == QStringLiteral("Post your first status update"));

    // The executive takes the easy button: the composer opens with an idea, and it goes to the sandbox.
    home = open<Ui::HomePage>(asDana, Ui::NavigationPage::Home);
    home->nextStepButton()->click();
    REQUIRE(asDana.currentPage() == Ui::NavigationPage::Compose);
    auto* composer = qobject_cast<Ui::ComposePage*>(asDana.pages()->currentWidget());
    REQUIRE(composer);
    CHECK_FALSE(composer->editor()->toPlainText().isEmpty());
    // The live account is offered but greyed out until the session ends; the sandbox is chosen.
    REQUIRE(composer->network()->count() == 2);
    CHECK(composer->network()->currentIndex() == 0);
    CHECK_FALSE(liveAccountOffered(*composer));
    CHECK(composer->primaryButton()->text() == QStringLiteral("Publish now"));
    QTest::mouseClick(composer->primaryButton(), Qt::LeftButton);
    const auto posts = f.workspace().posts().list({});
    REQUIRE(posts.hasValue());
    REQUIRE(posts->size() == 1);
    const Core::Post status = posts->first();
    CHECK(status.platform == Core::PlatformKind::Practice);
    REQUIRE(waitUntil([&] { return f.workspace().posts().find(status.id)->state == Core::PostState::Published; }));
    CHECK(nextStepOf(asDana) == QStringLiteral("Keep your rhythm: post a status update"));

    // Likes and a comment in the practice feed count toward the weekly goal.
    danaPractice = open<Ui::PracticePage>(asDana, Ui::NavigationPage::Practice);
    REQUIRE(waitUntil([&] { return danaPractice->feedModel()->rowCount() >= 3; }));
    for (int row = 0; row < 3; ++row) {
        clickOnPost(*danaPractice, row, Ui::PracticePostDelegate::Action::Like);
        REQUIRE(waitUntil(
            [&] { return danaPractice->feedModel()->index(row).data(Ui::PracticeFeedModel::LikedRole).toBool(); }));
    }
    onNextDialog([](QDialog& dialog) {
        auto& box = static_cast<Ui::PracticeCommentDialog&>(dialog);
        QTest::keyClicks(box.editor(), QStringLiteral("Great work, and thank you for sharing how you did it."));
        QTest::mouseClick(box.sendButton(), Qt::LeftButton);
    });
    clickOnPost(*danaPractice, 1, Ui::PracticePostDelegate::Action::Comment);
    CHECK(weeklyPracticeDone(f.workspace(), dana.id, Core::ActivityKind::Like) == 3);
    CHECK(waitUntil([&] { return weeklyPracticeDone(f.workspace(), dana.id, Core::ActivityKind::Comment) == 1; }));

    // The trainer notes how it went and finishes with an outcome.
    QTest::keyClicks(run->noteInput(), QStringLiteral("Confident once she saw the preview."));
    QTest::mouseClick(run->addNoteButton(), Qt::LeftButton);
    onNextDialog([](QDialog& dialog) {
        auto& outcome = static_cast<Ui::PracticeOutcomeDialog&>(dialog);
        QTest::keyClicks(outcome.summary(), QStringLiteral("First update and first comments in the sandbox."));
        QTest::mouseClick(outcome.rating()->button(5), Qt::LeftButton);
        outcome.readyForLive()->setChecked(true);
        QTest::keyClicks(outcome.followUps(), QStringLiteral("Post a live status update this week"));
        QTest::mouseClick(outcome.finishButton(), Qt::LeftButton);
    });
    QTest::mouseClick(run->finishButton(), Qt::LeftButton);
    const auto finished = f.workspace().practiceSessions().find(sessionId);
    REQUIRE(finished.hasValue());
    CHECK(finished->state == Core::PracticeSessionState::Finished);
    CHECK(finished->outcome.rating == 5);
    CHECK(finished->notes.size() == 1);

    // The practice path moved on; the live path did not, and nothing went to the live account.
    CHECK(isMet(f.workspace(), dana.id, Core::Track::Practice, QStringLiteral("profile-checklist")));
    CHECK(isMet(f.workspace(), dana.id, Core::Track::Practice, QStringLiteral("first-status-update")));
    CHECK_FALSE(isMet(f.workspace(), dana.id, Core::Track::Live, QStringLiteral("first-status-update")));
    const auto all = f.workspace().posts().list({});
    REQUIRE(all.hasValue());
    for (const Core::Post& post : all.value()) {
        CHECK(post.platform == Core::PlatformKind::Practice);
        CHECK(post.accountId != live.id);
    }
    // The session over, Home is back on the live path, where the first status update is still to come.
    CHECK(nextStepOf(asDana) == QStringLiteral("Post your first status update"));
    home = open<Ui::HomePage>(asDana, Ui::NavigationPage::Home);
    CHECK(home->practiceBadge()->isHidden());
    home->nextStepButton()->click();
    REQUIRE(asDana.currentPage() == Ui::NavigationPage::Compose);
    CHECK(liveAccountOffered(*composer));
}
