#include "models/guide_list_model.h"
#include "pages/guides_page.h"
#include "widget_fixture.h"
#include "widgets/guide_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("GuidesPage shows the first guide and every step of a chosen one")
{
    Ui::GuidesPage page(QStringLiteral("en"));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() >= 9);
    CHECK(page.view()->plainText().contains(page.model()->guideAt(0).title));

    REQUIRE(page.showGuide(QStringLiteral("weekly-routine")));
    const QString text = page.view()->plainText();
    CHECK(text.contains(QStringLiteral("15-minute")));
    CHECK(text.contains(QStringLiteral("1. ")));
    CHECK(text.contains(QStringLiteral("☐")));
    CHECK_FALSE(page.showGuide(QStringLiteral("no-such-guide")));
}

TEST_CASE("GuidesPage narrows the list as the person types and says when nothing matches")
{
    Ui::GuidesPage page(QStringLiteral("en"));
    const int all = page.model()->rowCount();
    QTest::keyClicks(page.searchBox(), QStringLiteral("WordPress"));
    CHECK(page.model()->rowCount() > 0);
    CHECK(page.model()->rowCount() < all);
    page.searchBox()->setText(QStringLiteral("qwxzzy"));
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.view()->plainText().contains(QStringLiteral("No guide matches")));
    page.searchBox()->clear();
    CHECK(page.model()->rowCount() == all);
}

TEST_CASE("GuidesPage shows German guides in German")
{
    Ui::GuidesPage page(QStringLiteral("de"));
    REQUIRE(page.showGuide(QStringLiteral("weekly-routine")));
    CHECK(page.view()->plainText().contains(QStringLiteral("Minuten")));
}

TEST_CASE("GuidesPage keeps the boxes a person ticked and walks one step at a time", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    {
        Ui::GuidesPage page(QStringLiteral("en"), &f.workspace(), me.id);
        REQUIRE(page.showGuide(QStringLiteral("weekly-routine")));
        auto boxes = page.view()->findChildren<QCheckBox*>();
        REQUIRE(boxes.size() > 2);
        boxes.at(0)->click();
        boxes.at(2)->click();
        CHECK(page.view()->plainText().contains(QStringLiteral("2 of")));
    }
    Ui::GuidesPage again(QStringLiteral("en"), &f.workspace(), me.id);
    REQUIRE(again.showGuide(QStringLiteral("weekly-routine")));
    const auto boxes = again.view()->findChildren<QCheckBox*>();
    REQUIRE(boxes.size() > 2);
    CHECK(boxes.at(0)->isChecked());
    CHECK_FALSE(boxes.at(1)->isChecked());
    CHECK(boxes.at(2)->isChecked());

    again.view()->setOneStepAtATime(true);
    CHECK(again.view()->currentStep() == 0);
    again.view()->showStep(1);
    CHECK(again.view()->currentStep() == 1);
    again.view()->showStep(99);
    CHECK(again.view()->currentStep() == again.view()->findChildren<QWidget*>(QStringLiteral("guideStep")).size() - 1);
}

TEST_CASE("GuidesPage offers Do it now where a step is done in Podium", "[db]")
{
    WidgetFixture f;
    const auto me = f.addPerson(QStringLiteral("Dana Whitfield"), Core::Role::Executive);
    Ui::GuidesPage page(QStringLiteral("en"), &f.workspace(), me.id);
    REQUIRE(page.showGuide(QStringLiteral("first-status-update-practice")));
    QStringList asked;
    QObject::connect(&page, &Ui::GuidesPage::actionRequested, [&](const QString& action) { asked << action; });
    const auto buttons = page.view()->findChildren<QPushButton*>(QStringLiteral("doItNowButton"));
    REQUIRE_FALSE(buttons.isEmpty());
    for (QPushButton* button : buttons)
        button->click();
    CHECK(asked.contains(QStringLiteral("compose-status")));
}
