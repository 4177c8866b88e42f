// A delegate and an executive take one post from draft to published entirely through the UI: draft, submit,
// changes requested, edit, resubmit, approve with edits, scheduled, published in the practice sandbox.
#include "approval_dialog.h"
#include "delegation/delegation_service.h"
#include "main_window.h"
#include "memory_secret_store.h"
#include "models/queue_model.h"
#include "next_dialog.h"
#include "pages/compose_page.h"
#include "pages/queue_page.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "publishing/publishing_services.h"
#include "wait_until.h"
#include "widget_fixture.h"
#include "widgets/diff_view.h"
#include "widgets/post_detail.h"
#include "widgets/schedule_editor.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Podium;
using namespace Podium::Tests;

namespace {

Core::Delegation grantAuthor(WidgetFixture& f, const Core::Person& executive, const Core::Person& delegate)
{
    Core::DelegationRequest request;
    request.executiveId = executive.id;
    request.delegateId = delegate.id;
    request.level = Core::DelegationLevel::Author;
    const auto grant = f.workspace().delegations().grant(executive.id, request);
    REQUIRE(grant.hasValue());
    REQUIRE(f.workspace().delegations().accept(delegate.id, grant->id).hasValue());
    return grant.value();
}

Ui::QueuePage* openQueue(Ui::MainWindow& window, Core::QueueFilter filter)
{
    window.showPage(Ui::NavigationPage::Queue);
    auto* queue = qobject_cast<Ui::QueuePage*>(window.pages()->currentWidget());
    REQUIRE(queue);
    queue->refresh();
    queue->setFilter(filter);
    return queue;
}

void selectFirstRow(Ui::QueuePage& queue)
{
    REQUIRE(queue.model()->rowCount() > 0);
    queue.table()->setCurrentIndex(queue.model()->index(0, 0));
}

} // namespace

TEST_CASE("A delegate and an executive take a post from draft to published in the UI", "[db]")
{
    WidgetFixture f;
    const auto dana =
        f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive, QStringLiteral("America/New_York"));
    const auto mia = f.addPerson(QStringLiteral("Mia Chen"), Core::Role::Delegate, QStringLiteral("Europe/London"));
    grantAuthor(f, dana, mia);

    // The delegate drafts for the executive, an hour from now, and submits it.
    Ui::MainWindow asMia(f.workspace(), nullptr, mia, f.settings());
    asMia.resize(1100, 720);
    asMia.show();
    asMia.showPage(Ui::NavigationPage::Compose);
    auto* composer = qobject_cast<Ui::ComposePage*>(asMia.pages()->currentWidget());
    REQUIRE(composer);
    CHECK(composer->actingFor()->currentData().toString() == dana.id);
    CHECK(composer->primaryButton()->text() == QStringLiteral("Submit for approval"));
    QTest::keyClicks(composer->editor(), QStringLiteral("Congratulations to the support team on a record month."));
    const auto radios = composer->schedule()->findChildren<QRadioButton*>();
    REQUIRE(radios.size() >= 2);
    radios.at(1)->setChecked(true);
    REQUIRE(composer->schedule()->instant().hasValue());
    const QDateTime due = composer->schedule()->instant().value();
    CHECK(due > f.clock().now());
    QTest::mouseClick(composer->primaryButton(), Qt::LeftButton);
    const auto submitted = f.workspace().posts().list({}).value();
    REQUIRE(submitted.size() == 1);
    const QString postId = submitted.first().id;
    CHECK(submitted.first().state == Core::PostState::AwaitingApproval);
    CHECK(submitted.first().authorId == dana.id);
    CHECK(submitted.first().preparedBy == mia.id);

    // The executive asks for changes, with a comment.
    Ui::MainWindow asDana(f.workspace(), nullptr, dana, f.settings());
    asDana.resize(1100, 720);
    asDana.show();
    auto* danaQueue = openQueue(asDana, Core::QueueFilter::Waiting);
    CHECK(danaQueue->attentionCount() == 1);
    selectFirstRow(*danaQueue);
    REQUIRE(danaQueue->detail()->reviewButton()->isVisible());
    onNextDialog([](QDialog& dialog) {
        auto& review = static_cast<Ui::ApprovalDialog&>(dialog);
        CHECK(review.diff()->changeCount() == 0);
        QTest::keyClicks(review.comment(), QStringLiteral("Please name the Lisbon team too."));
        QTest::mouseClick(review.requestChangesButton(), Qt::LeftButton);
    });
    QTest::mouseClick(danaQueue->detail()->reviewButton(), Qt::LeftButton);
    CHECK(f.workspace().posts().find(postId)->state == Core::PostState::ChangesRequested);

    // The delegate sees it came back, edits it in the composer and submits it again.
    auto* miaQueue = openQueue(asMia, Core::QueueFilter::ChangesRequested);
    selectFirstRow(*miaQueue);
    REQUIRE(miaQueue->detail()->editButton()->isVisible());
    QTest::mouseClick(miaQueue->detail()->editButton(), Qt::LeftButton);
    CHECK(asMia.currentPage() == Ui::NavigationPage::Compose);
    CHECK(composer->postId() == postId);
    composer->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(composer->editor(), QStringLiteral(" Thank you, Lisbon!"));
    QTest::mouseClick(composer->primaryButton(), Qt::LeftButton);
    CHECK(f.workspace().posts().find(postId)->state == Core::PostState::AwaitingApproval);

    // The executive edits one word and approves; the diff shows the edit.
    danaQueue = openQueue(asDana, Core::QueueFilter::Waiting);
    selectFirstRow(*danaQueue);
    onNextDialog([](QDialog& dialog) {
        auto& review = static_cast<Ui::ApprovalDialog&>(dialog);
        QString text = review.editor()->toPlainText();
        text.replace(QStringLiteral("record"), QStringLiteral("remarkable"));
        review.editor()->setPlainText(text);
        CHECK(review.diff()->changeCount() > 0);
        CHECK(review.approveButton()->text() == QStringLiteral("Approve with my edits"));
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(danaQueue->detail()->reviewButton(), Qt::LeftButton);
    const auto approved = f.workspace().posts().find(postId);
    REQUIRE(approved.hasValue());
    CHECK(approved->state == Core::PostState::Scheduled);
    CHECK(approved->approvedBy == dana.id);
    CHECK(approved->preparedBy == mia.id);
    CHECK(approved->body ==
          QStringLiteral("Congratulations to the support team on a remarkable month. Thank you, Lisbon!"));

    // Its time comes; the publisher sends it to the practice sandbox.
    f.clock().advance(due.toMSecsSinceEpoch() - f.clock().now().toMSecsSinceEpoch() + 1000);
    MemorySecretStore secrets;
    Core::PublishingServices publishing(f.workspace(), secrets, nullptr);
    REQUIRE(publishing.startPublishing().hasValue());
    CHECK(waitUntil([&] { return f.workspace().posts().find(postId)->state == Core::PostState::Published; }));
    danaQueue = openQueue(asDana, Core::QueueFilter::Published);
    CHECK(danaQueue->model()->rowCount() == 1);
}
