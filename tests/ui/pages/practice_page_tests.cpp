// The Practice page driven as its people use it: a trainer runs a session from plan to outcome, and an
// executive likes, follows and comments in the sandbox until it shows on their practice progress.
#include "memory_secret_store.h"
#include "models/practice_feed_model.h"
#include "models/practice_note_model.h"
#include "models/practice_plan_model.h"
#include "models/profile_checklist_model.h"
#include "next_dialog.h"
#include "pages/practice_page.h"
#include "path/path_service.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "practice_comment_dialog.h"
#include "practice_driver.h"
#include "practice_outcome_dialog.h"
#include "publishing/publishing_services.h"
#include "wait_until.h"
#include "widget_fixture.h"
#include "widgets/practice_post_delegate.h"
#include "widgets/practice_session_panel.h"
#include "widgets/session_banner.h"
#include "widgets/session_run_view.h"
#include "widgets/session_start_form.h"
#include "widgets/session_timer_label.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("A trainer runs a practice session on the Practice page, from plan to outcome", "[db]")
{
    WidgetFixture f;
    const auto dana =
        f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    auto& sessions = f.workspace().practiceSessions();

    Ui::PracticePage page(f.workspace(), jonas);
    page.resize(1000, 760);
    page.show();
    CHECK(page.banner()->text() == QStringLiteral("Practice sandbox — nothing here is published for real"));
    Ui::PracticeSessionPanel* panel = page.sessionPanel();
    REQUIRE(panel);
    CHECK_FALSE(page.sessionBanner());
    REQUIRE(panel->selectExecutive(dana.id));
    CHECK_FALSE(panel->isRunning());

    // Plan: the first status update and its rehearsal guide, 30 minutes.
    Ui::SessionStartForm* form = panel->startForm();
    form->plan()->setData(planIndex(*form->plan(), QStringLiteral("first-status-update")), Qt::Checked,
                          Qt::CheckStateRole);
    form->plan()->setData(planIndex(*form->plan(), QStringLiteral("first-status-update-practice")), Qt::Checked,
                          Qt::CheckStateRole);
    form->minutes()->setValue(30);
    QTest::mouseClick(form->startButton(), Qt::LeftButton);
    REQUIRE(panel->isRunning());
    const auto open = sessions.openSessionFor(dana.id);
    REQUIRE(open.hasValue());
    REQUIRE(open->has_value());
    const QString sessionId = (*open)->id;
    CHECK((*open)->trainerId == jonas.id);
    CHECK((*open)->plannedMinutes == 30);
    REQUIRE((*open)->plan.size() == 2);
    CHECK(panel->executiveCombo()->currentText().contains(QStringLiteral("Dana Whitfield")));

    // A note, a plan item ticked off.
    Ui::SessionRunView* run = panel->runView();
    QTest::keyClicks(run->noteInput(), QStringLiteral("Worried the first post sounds too formal."));
    QTest::mouseClick(run->addNoteButton(), Qt::LeftButton);
    CHECK(run->noteInput()->text().isEmpty());
    REQUIRE(run->notes()->rowCount() == 1);
    CHECK(run->notes()->index(0).data(Ui::PracticeNoteModel::TextRole).toString() ==
          QStringLiteral("Worried the first post sounds too formal."));
    REQUIRE(run->plan()->rowCount() == 2);
    CHECK(run->plan()->index(0, 0).data().toString() == QStringLiteral("Post your first status update"));
    run->plan()->setData(run->plan()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    CHECK(run->plan()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // The profile checklist: an item added, then ticked.
    QTest::keyClicks(run->checklistInput(), QStringLiteral("Add a recent photo"));
    QTest::keyClick(run->checklistInput(), Qt::Key_Return);
    REQUIRE(run->checklist()->rowCount() == 1);
    run->checklist()->setData(run->checklist()->index(0), Qt::Checked, Qt::CheckStateRole);
    const auto checklist = f.workspace().profileChecklist().items(dana.id);
    REQUIRE(checklist.hasValue());
    REQUIRE(checklist->size() == 1);
    CHECK(checklist->first().isTicked());
    CHECK(checklist->first().tickedBy == jonas.id);

    // The timer runs over the planned half hour.
    CHECK_FALSE(run->timer()->isOverTime());
    f.clock().advance(32 * 60 * 1000);
    CHECK(waitUntil([&] { return run->timer()->isOverTime(); }, 3000));
    CHECK(run->timer()->text().contains(QStringLiteral("over time")));

    // Finish with an outcome.
    onNextDialog([](QDialog& dialog) {
        auto& outcome = static_cast<Ui::PracticeOutcomeDialog&>(dialog);
        CHECK_FALSE(outcome.finishButton()->isEnabled());
        QTest::keyClicks(outcome.summary(), QStringLiteral("Posted a first practice update with confidence."));
        QTest::mouseClick(outcome.rating()->button(4), Qt::LeftButton);
        outcome.readyForLive()->setChecked(true);
        QTest::keyClicks(outcome.followUps(), QStringLiteral("Post a live status update"));
        QTest::keyClick(outcome.followUps(), Qt::Key_Return);
        QTest::keyClicks(outcome.followUps(), QStringLiteral("Comment on three colleagues' posts"));
        QTest::mouseClick(outcome.finishButton(), Qt::LeftButton);
    });
    QTest::mouseClick(run->finishButton(), Qt::LeftButton);

    const auto finished = sessions.find(sessionId);
    REQUIRE(finished.hasValue());
    CHECK(finished->state == Core::PracticeSessionState::Finished);
    CHECK(finished->outcome.summary == QStringLiteral("Posted a first practice update with confidence."));
    CHECK(finished->outcome.rating == 4);
    CHECK(finished->outcome.readyForLive);
    CHECK(finished->outcome.followUps == QStringList{QStringLiteral("Post a live status update"),
                                                     QStringLiteral("Comment on three colleagues' posts")});
    REQUIRE(finished->notes.size() == 1);
    CHECK(finished->plan.first().isDone());
    CHECK_FALSE(finished->plan.last().isDone());
    CHECK_FALSE(panel->isRunning());
    CHECK(panel->executiveCombo()->currentText() == QStringLiteral("Dana Whitfield"));
}

TEST_CASE("Finishing a session that ended elsewhere keeps the outcome typed and says why", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    auto& sessions = f.workspace().practiceSessions();
    const auto session = sessions.start(jonas.id, Core::PracticeSessionRequest{dana.id, {}, 45});
    REQUIRE(session.hasValue());

    Ui::PracticePage page(f.workspace(), jonas);
    page.resize(1000, 760);
    page.show();
    // Back on the page mid-session, the trainer lands on it.
    REQUIRE(page.sessionPanel()->isRunning());

    bool stayedOpen = false;
    onNextDialog([&](QDialog& dialog) {
        auto& outcome = static_cast<Ui::PracticeOutcomeDialog&>(dialog);
        QTest::keyClicks(outcome.summary(), QStringLiteral("Good progress."));
        // Meanwhile the executive cancels it from their side.
        REQUIRE(sessions.cancel(dana.id, session->id).hasValue());
        QTest::mouseClick(outcome.finishButton(), Qt::LeftButton);
        stayedOpen = outcome.isVisible();
        auto* error = outcome.findChild<QLabel*>(QStringLiteral("errorText"));
        REQUIRE(error);
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("ended")));
        CHECK(outcome.summary()->toPlainText() == QStringLiteral("Good progress."));
        outcome.reject();
    });
    QTest::mouseClick(page.sessionPanel()->runView()->finishButton(), Qt::LeftButton);
    CHECK(stayedOpen);
    CHECK(sessions.find(session->id)->state == Core::PracticeSessionState::Cancelled);
    CHECK_FALSE(page.sessionPanel()->isRunning());
}

TEST_CASE("Cancelling a session asks first, and keeps it running when the trainer thinks again", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    auto& sessions = f.workspace().practiceSessions();
    const auto session = sessions.start(jonas.id, Core::PracticeSessionRequest{dana.id, {}, 30});
    REQUIRE(session.hasValue());
    Ui::PracticePage page(f.workspace(), jonas);
    page.show();
    REQUIRE(page.sessionPanel()->isRunning());
    Ui::SessionRunView* run = page.sessionPanel()->runView();

    auto press = [](const QString& label) {
        onNextDialog([label](QDialog& dialog) {
            auto& box = static_cast<QMessageBox&>(dialog);
            CHECK(box.text().contains(QStringLiteral("Dana Whitfield")));
            for (QAbstractButton* button : box.buttons())
                if (button->text() == label)
                    button->click();
        });
    };
    press(QStringLiteral("Keep going"));
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    CHECK(sessions.find(session->id)->state == Core::PracticeSessionState::Open);
    CHECK(page.sessionPanel()->isRunning());

    press(QStringLiteral("Cancel session"));
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    CHECK(sessions.find(session->id)->state == Core::PracticeSessionState::Cancelled);
    CHECK_FALSE(page.sessionPanel()->isRunning());
}

TEST_CASE("An executive likes, follows and comments in the practice feed and it counts for practice", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::PracticePage page(f.workspace(), dana);
    page.resize(1000, 760);
    page.show();
    REQUIRE(waitUntil([&] { return page.feedModel()->rowCount() > 0; }));
    CHECK_FALSE(page.sessionPanel());
    CHECK_FALSE(page.sessionBanner()->isVisible());
    CHECK(page.likesGoal()->text() == QStringLiteral("Likes: 0 of 10"));
    CHECK(page.commentsGoal()->text() == QStringLiteral("Comments: 0 of 3"));

    // Like the newest post.
    const QModelIndex first = page.feedModel()->index(0);
    const int likes = first.data(Ui::PracticeFeedModel::LikesRole).toInt();
    clickOnPost(page, 0, Ui::PracticePostDelegate::Action::Like);
    REQUIRE(waitUntil([&] { return first.data(Ui::PracticeFeedModel::LikedRole).toBool(); }));
    CHECK(first.data(Ui::PracticeFeedModel::LikesRole).toInt() == likes + 1);
    CHECK(weeklyPracticeDone(f.workspace(), dana.id, Core::ActivityKind::Like) == 1);
    CHECK(page.likesGoal()->text() == QStringLiteral("Likes: 1 of 10"));
    // Practice never counts toward the live path.
    const auto live = f.workspace().path().progress(dana.id, Core::Track::Live);
    REQUIRE(live.hasValue());
    CHECK(live->milestone(QStringLiteral("weekly-engagement"))->targets.first().done == 0);

    // Follow its author.
    clickOnPost(page, 0, Ui::PracticePostDelegate::Action::Follow);
    REQUIRE(waitUntil([&] { return first.data(Ui::PracticeFeedModel::FollowingRole).toBool(); }));
    CHECK(page.statusLabel()->text().contains(QStringLiteral("Priya Raman")));

    // Comment on the second post.
    const QString commentedId = page.feedModel()->index(1).data(Ui::PracticeFeedModel::PostIdRole).toString();
    const int replies = page.feedModel()->index(1).data(Ui::PracticeFeedModel::RepliesRole).toInt();
    onNextDialog([](QDialog& dialog) {
        auto& box = static_cast<Ui::PracticeCommentDialog&>(dialog);
        CHECK_FALSE(box.sendButton()->isEnabled());
        QTest::keyClicks(box.editor(), QStringLiteral("100 days without an incident: that takes real care. Thank "
                                                      "you, night shift!"));
        QTest::mouseClick(box.sendButton(), Qt::LeftButton);
    });
    clickOnPost(page, 1, Ui::PracticePostDelegate::Action::Comment);
    const auto posts = f.workspace().posts().list({});
    REQUIRE(posts.hasValue());
    REQUIRE(posts->size() == 1);
    const Core::Post comment = posts->first();
    CHECK(comment.kind == Core::PostKind::Comment);
    CHECK(comment.platform == Core::PlatformKind::Practice);
    CHECK(comment.inReplyTo == commentedId);
    CHECK(comment.authorId == dana.id);
    CHECK(comment.state == Core::PostState::Scheduled);

    // The publisher sends it to the sandbox; the page counts it and shows the reply.
    MemorySecretStore secrets;
    Core::PublishingServices publishing(f.workspace(), secrets, nullptr);
    REQUIRE(publishing.startPublishing().hasValue());
    REQUIRE(waitUntil([&] { return f.workspace().posts().find(comment.id)->state == Core::PostState::Published; }));
    CHECK(waitUntil([&] { return page.commentsGoal()->text() == QStringLiteral("Comments: 1 of 3"); }));
    CHECK(weeklyPracticeDone(f.workspace(), dana.id, Core::ActivityKind::Comment) == 1);
    CHECK(waitUntil([&] {
        const int row = page.feedModel()->rowOf(commentedId);
        return page.feedModel()->index(row).data(Ui::PracticeFeedModel::RepliesRole).toInt() == replies + 1;
    }));
}

TEST_CASE("An executive sees their open session and its plan, read only", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto jonas = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    auto& sessions = f.workspace().practiceSessions();

    Ui::PracticePage page(f.workspace(), dana);
    page.resize(1000, 760);
    page.show();
    CHECK_FALSE(page.sessionBanner()->isVisible());

    Core::PracticeSessionRequest request{dana.id, {}, 20};
    request.plan = {
        Core::PracticePlanItem{Core::PracticePlanItem::Kind::Milestone, QStringLiteral("weekly-engagement"), {}},
        Core::PracticePlanItem{Core::PracticePlanItem::Kind::Guide, QStringLiteral("liking-and-commenting"), {}}};
    const auto session = sessions.start(jonas.id, request);
    REQUIRE(session.hasValue());
    Ui::SessionBanner* banner = page.sessionBanner();
    REQUIRE(banner->isVisible());
    CHECK(banner->title()->text().contains(QStringLiteral("Jonas Weber")));
    REQUIRE(banner->plan()->rowCount() == 2);
    CHECK(banner->plan()->index(1, 0).data().toString() ==
          QStringLiteral("Guide: Like and comment on colleagues' posts"));
    CHECK_FALSE(banner->plan()->flags(banner->plan()->index(0, 0)).testFlag(Qt::ItemIsUserCheckable));

    // The trainer ticks an item: the executive's view follows.
    REQUIRE(sessions.tickPlanItem(jonas.id, session->id, QStringLiteral("weekly-engagement")).hasValue());
    CHECK(banner->plan()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // Opening a guide of the plan asks for the Guides page.
    QSignalSpy guide(&page, &Ui::PracticePage::guideRequested);
    auto* view = banner->findChild<QTreeView*>(QStringLiteral("sessionPlan"));
    REQUIRE(view);
    view->setCurrentIndex(banner->plan()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(guide.size() == 1);
    CHECK(guide.first().first().toString() == QStringLiteral("liking-and-commenting"));

    REQUIRE(sessions.cancel(jonas.id, session->id).hasValue());
    CHECK_FALSE(banner->isVisible());
    CHECK(page.statusLabel()->isVisible());
}
