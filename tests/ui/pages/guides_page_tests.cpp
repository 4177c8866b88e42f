#include "models/guide_list_model.h"
#include "pages/guides_page.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>

using namespace Podium;

TEST_CASE("GuidesPage shows the first guide and every step of a chosen one")
{
    Ui::GuidesPage page(QStringLiteral("en"));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() >= 9);
    CHECK(page.reader()->toPlainText().contains(page.model()->guideAt(0).title));

    REQUIRE(page.showGuide(QStringLiteral("weekly-routine")));
    const QString text = page.reader()->toPlainText();
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
    CHECK(page.reader()->toPlainText().contains(QStringLiteral("No guide matches")));
    page.searchBox()->clear();
    CHECK(page.model()->rowCount() == all);
}

TEST_CASE("GuidesPage shows German guides in German")
{
    Ui::GuidesPage page(QStringLiteral("de"));
    REQUIRE(page.showGuide(QStringLiteral("weekly-routine")));
    CHECK(page.reader()->toPlainText().contains(QStringLiteral("Minuten")));
}
