// The Progress page as an executive, a trainer and a delegate use it: the executive starts their next
// milestone and ticks their profile, the trainer opens a tier early from the dashboard.
#include "activity_log.h"
#include "live_account.h"
#include "models/trainer_dashboard_model.h"
#include "next_dialog.h"
#include "pages/progress_page.h"
#include "path/path_service.h"
#include "practice/profile_checklist.h"
#include "widget_fixture.h"
#include "widgets/milestone_row.h"
#include "widgets/path_panel.h"
#include "widgets/profile_checklist_box.h"
#include "widgets/tier_card.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <functional>
#include <optional>

using namespace Podium;
using namespace Podium::Tests;

namespace {

/// Presses `button` on the next message box as soon as it opens (exec() blocks the test until it closes).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    onNextDialog([button](QDialog& dialog) { static_cast<QMessageBox&>(dialog).button(button)->click(); });
}

/// Ticks every generic profile item for the person on the live track.
void completeProfile(WidgetFixture& f, const Core::Person& person)
{
    ActivityLog log(f.workspace().database(), person.id);
    for (const QString& item : f.workspace().path().definition().checklistItems())
        log.add(Core::ActivityKind::ProfileItem, f.clock().now().addDays(-1), false, {}, item);
}

QString lockedNote(Ui::TierCard& card)
{
    auto* note = card.findChild<QLabel*>(QStringLiteral("lockedNote"));
    REQUIRE(note);
    return note->isVisibleTo(&card) ? note->text() : QString();
}

} // namespace

TEST_CASE("A trainer unlocks tier 2 early for an executive from the dashboard", "[db]")
{
    WidgetFixture f;
    const auto trainer = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto omar = f.addPerson(QStringLiteral("Omar Haddad"), Core::Role::Executive);

    Ui::ProgressPage page(f.workspace(), trainer);
    REQUIRE(page.dashboard());
    CHECK(page.dashboard()->model()->rowCount() == 2);
    // The first executive is shown at once, so the page never opens on an empty half.
    CHECK_FALSE(page.pathPanel()->personId().isEmpty());

    REQUIRE(page.selectExecutive(omar.id));
    CHECK(page.pathPanel()->personId() == omar.id);
    Ui::TierCard* tier2 = page.pathPanel()->tierCard(2);
    REQUIRE(tier2);
    CHECK_FALSE(tier2->isUnlocked());
    CHECK(tier2->stateBadge()->text() == QStringLiteral("Locked"));
    REQUIRE(tier2->unlockButton()->isVisibleTo(&page));
    CHECK_FALSE(page.pathPanel()->tierCard(1)->unlockButton()->isVisibleTo(&page));
    // A trainer reads the executive's path; the next step is the executive's to take.
    REQUIRE(page.pathPanel()->nextRow());
    CHECK_FALSE(page.pathPanel()->nextRow()->actionButton()->isVisibleTo(&page));

    SECTION("cancelling the confirmation changes nothing")
    {
        answerNextMessageBox(QMessageBox::Cancel);
        tier2->unlockButton()->click();
        CHECK_FALSE(tier2->isUnlocked());
        const auto progress = f.workspace().path().progress(omar.id, Core::Track::Live);
        REQUIRE(progress.hasValue());
        CHECK_FALSE(progress->tiers.at(1).unlocked);
    }

    SECTION("confirming opens the tier, names the trainer and moves the dashboard row")
    {
        answerNextMessageBox(QMessageBox::Yes);
        tier2->unlockButton()->click();
        CHECK(tier2->isUnlocked());
        CHECK(tier2->stateBadge()->text() == QStringLiteral("Open"));
        CHECK(lockedNote(*tier2) == QStringLiteral("Opened early by Jonas Weber."));
        CHECK_FALSE(tier2->unlockButton()->isVisibleTo(&page));
        CHECK(page.pathPanel()->tierCard(3)->unlockButton()->isVisibleTo(&page));

        const auto progress = f.workspace().path().progress(omar.id, Core::Track::Live);
        REQUIRE(progress.hasValue());
        CHECK(progress->tiers.at(1).unlocked);
        CHECK(progress->tiers.at(1).unlockedBy == trainer.id);

        const QModelIndex current = page.dashboard()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(current.data(Ui::TrainerDashboardModel::PersonIdRole).toString() == omar.id);
        CHECK(current.siblingAtColumn(Ui::TrainerDashboardModel::TierColumn).data().toString() ==
              QStringLiteral("2 · Interactions"));

        // Omar sees it on his own page too.
        Ui::ProgressPage own(f.workspace(), omar);
        CHECK_FALSE(own.dashboard());
        REQUIRE(own.pathPanel()->tierCard(2));
        CHECK(own.pathPanel()->tierCard(2)->isUnlocked());
        CHECK(lockedNote(*own.pathPanel()->tierCard(2)) == QStringLiteral("Opened early by Jonas Weber."));
        CHECK_FALSE(own.pathPanel()->tierCard(2)->unlockButton()->isVisibleTo(&own));
    }
}

TEST_CASE("The trainer's dashboard search narrows the executives", "[db]")
{
    WidgetFixture f;
    const auto trainer = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    const auto omar = f.addPerson(QStringLiteral("Omar Haddad"), Core::Role::Executive);
    completeProfile(f, omar);

    Ui::ProgressPage page(f.workspace(), trainer);
    page.searchBox()->setText(QStringLiteral("haddad"));
    REQUIRE(page.dashboard()->model()->rowCount() == 1);
    // The translated milestone is searchable too: whose next step is the first status update?
    page.searchBox()->setText(QStringLiteral("first status"));
    REQUIRE(page.dashboard()->model()->rowCount() == 1);
    CHECK(page.dashboard()->model()->index(0, 0).data(Ui::TrainerDashboardModel::PersonIdRole).toString() == omar.id);
    page.searchBox()->setText(QStringLiteral("nobody"));
    CHECK(page.dashboard()->model()->rowCount() == 0);
    CHECK(page.pathPanel()->personId().isEmpty());
}

TEST_CASE("An executive starts their next milestone from the progress page", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    completeProfile(f, dana);
    addLiveAccount(f.workspace().database(), dana.id, f.clock().now());

    Ui::ProgressPage page(f.workspace(), dana);
    CHECK_FALSE(page.dashboard());
    Ui::MilestoneRow* next = page.pathPanel()->nextRow();
    REQUIRE(next);
    CHECK(next->milestoneId() == QStringLiteral("first-status-update"));
    REQUIRE(next->actionButton()->isVisibleTo(&page));
    CHECK(next->actionButton()->text() == QStringLiteral("Do it now"));
    CHECK(page.pathPanel()->tierCard(1)->stateBadge()->text() == QStringLiteral("Open"));
    CHECK(page.pathPanel()->tierCard(2)->stateBadge()->text() == QStringLiteral("Locked"));
    // An executive cannot open tiers early.
    CHECK_FALSE(page.pathPanel()->tierCard(2)->unlockButton()->isVisibleTo(&page));

    std::optional<Core::PostKind> composed;
    QString guide;
    bool ahead = true;
    QObject::connect(&page, &Ui::ProgressPage::composeRequested, &page,
                     [&](Core::PostKind kind, const QString&, bool scheduleAhead) {
                         composed = kind;
                         ahead = scheduleAhead;
                     });
    QObject::connect(&page, &Ui::ProgressPage::guideRequested, &page, [&](const QString& id) { guide = id; });
    next->actionButton()->click();
    REQUIRE(composed);
    CHECK(*composed == Core::PostKind::Status);
    CHECK_FALSE(ahead);
    next->guideButton()->click();
    CHECK(guide == QStringLiteral("first-status-update-practice"));

    // Practice is its own track, clearly labelled; with a live account, rehearsals are not started from here.
    page.pathPanel()->setTrack(Core::Track::Practice);
    auto* note = page.findChild<QLabel*>(QStringLiteral("practiceNote"));
    REQUIRE(note);
    CHECK(note->isVisibleTo(&page));
    // The profile is one and the same on both tracks; no update was rehearsed yet.
    REQUIRE(page.pathPanel()->nextRow());
    CHECK(page.pathPanel()->nextRow()->milestoneId() == QStringLiteral("first-status-update"));
    CHECK_FALSE(page.pathPanel()->nextRow()->actionButton()->isVisibleTo(&page));
}

TEST_CASE("An executive without a live account works on the practice track from the progress page", "[db]")
{
    WidgetFixture f;
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    // Everything up to the scheduled post, rehearsed in the sandbox.
    ActivityLog log(f.workspace().database(), dana.id);
    const QDateTime at = f.clock().now().addSecs(-3600);
    for (const QString& item : f.workspace().path().definition().checklistItems())
        log.add(Core::ActivityKind::ProfileItem, at, true, {}, item);
    for (int i = 0; i < 3; ++i)
        log.add(Core::ActivityKind::Status, at, true);
    for (int i = 0; i < 10; ++i)
        log.add(Core::ActivityKind::Like, at, true, false);
    for (int i = 0; i < 3; ++i)
        log.add(Core::ActivityKind::Comment, at, true, false);
    log.add(Core::ActivityKind::Reply, at, true);
    for (int i = 0; i < 5; ++i)
        log.add(Core::ActivityKind::Follow, at, true);
    log.add(Core::ActivityKind::Article, at, true);

    Ui::ProgressPage page(f.workspace(), dana);
    CHECK(page.findChild<QLabel*>(QStringLiteral("practiceNote"))->isVisibleTo(&page));
    Ui::MilestoneRow* next = page.pathPanel()->nextRow();
    REQUIRE(next);
    CHECK(next->milestoneId() == QStringLiteral("first-scheduled-post"));
    REQUIRE(next->actionButton()->isVisibleTo(&page));

    // Do it now opens the composer set to schedule ahead.
    bool ahead = false;
    QObject::connect(&page, &Ui::ProgressPage::composeRequested, &page,
                     [&](Core::PostKind, const QString&, bool scheduleAhead) { ahead = scheduleAhead; });
    next->actionButton()->click();
    CHECK(ahead);
}

TEST_CASE("An executive ticks the profile checklist and chooses a coaching style", "[db]")
{
    WidgetFixture f;
    const auto trainer = f.addPerson(QStringLiteral("Jonas Weber"), Core::Role::Trainer);
    const auto dana = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);

    SECTION("the path's own items, which stay ticked once counted")
    {
        Ui::ProgressPage page(f.workspace(), dana);
        const QList<QCheckBox*> boxes = page.pathPanel()->checklist()->boxes();
        REQUIRE(boxes.size() == 5);
        CHECK(boxes.first()->text() == QStringLiteral("A profile photo"));
        boxes.first()->click();
        const auto progress = f.workspace().path().progress(dana.id, Core::Track::Live);
        REQUIRE(progress.hasValue());
        CHECK(progress->milestone(QStringLiteral("profile-checklist"))->missingItems.size() == 4);
        const QList<QCheckBox*> after = page.pathPanel()->checklist()->boxes();
        REQUIRE(after.size() == 5);
        CHECK(after.first()->isChecked());
        CHECK_FALSE(after.first()->isEnabled());
    }

    SECTION("the trainer's own list, which can be unticked")
    {
        const auto item = f.workspace().profileChecklist().add(trainer.id, dana.id, QStringLiteral("New headshot"));
        REQUIRE(item.hasValue());
        Ui::ProgressPage page(f.workspace(), dana);
        const QList<QCheckBox*> boxes = page.pathPanel()->checklist()->boxes();
        REQUIRE(boxes.size() == 1);
        CHECK(boxes.first()->text() == QStringLiteral("New headshot"));
        boxes.first()->click();
        auto items = f.workspace().profileChecklist().items(dana.id);
        REQUIRE(items.hasValue());
        CHECK(items->first().isTicked());
        REQUIRE(page.pathPanel()->checklist()->boxes().size() == 1);
        page.pathPanel()->checklist()->boxes().first()->click();
        items = f.workspace().profileChecklist().items(dana.id);
        REQUIRE(items.hasValue());
        CHECK_FALSE(items->first().isTicked());
    }

    SECTION("a style that halves the first goals")
    {
        Ui::ProgressPage page(f.workspace(), dana);
        QComboBox* style = page.pathPanel()->styleBox();
        CHECK(style->currentIndex() == -1);
        const int handHolding = style->findData(int(Core::CoachingStyle::HandHolding));
        REQUIRE(handHolding >= 0);
        style->setCurrentIndex(handHolding);
        Q_EMIT style->activated(handHolding);
        const auto chosen = f.workspace().path().coachingStyle(dana.id);
        REQUIRE(chosen.hasValue());
        CHECK(*chosen == Core::CoachingStyle::HandHolding);
        CHECK(style->currentIndex() == handHolding);
    }
}

TEST_CASE("A delegate without executives learns what Progress is for", "[db]")
{
    WidgetFixture f;
    const auto mia = f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate);
    f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);

    Ui::ProgressPage page(f.workspace(), mia);
    REQUIRE(page.dashboard());
    CHECK_FALSE(page.dashboard()->isVisibleTo(&page));
    auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyState"));
    REQUIRE(empty);
    CHECK(empty->isVisibleTo(&page));
    CHECK(empty->text().contains(QStringLiteral("delegation")));
}
