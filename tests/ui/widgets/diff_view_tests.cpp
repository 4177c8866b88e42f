#include "widgets/diff_view.h"

#include <catch2/catch.hpp>

using namespace Podium;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("DiffView counts a rewritten phrase as one change and marks it by more than colour")
{
    Ui::DiffView view;
    view.setTexts(text("the quick brown fox"), text("a slow red fox"));
    CHECK(view.changeCount() == 1);
    const QString html = view.toHtml();
    CHECK(html.contains(QStringLiteral("line-through")));
    CHECK(html.contains(QStringLiteral("underline")));
    CHECK(view.toPlainText() == text("the quick browna slow red fox"));

    view.setTexts(text("We ship on Monday. Thanks, team!"), text("We ship on Tuesday. Thanks, everyone!"));
    CHECK(view.changeCount() == 2);
    CHECK(view.isReadOnly());
    CHECK_FALSE(view.accessibleName().isEmpty());
}

TEST_CASE("DiffView shows markup in a draft as text, never as markup")
{
    Ui::DiffView view;
    view.setTexts(text("Hello <script>alert(1)</script>"), text("Hello team"));
    CHECK(view.changeCount() == 1);
    CHECK(view.toPlainText() == text("Hello <script>alert(1)</script>team"));
    QString html = view.toHtml();
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));

    view.setTexts(text("<b>Bold</b> & <a href=\"https://example.com\">co</a>"),
                  text("<b>Bold</b> & <a href=\"https://example.com\">co</a>"));
    CHECK(view.toPlainText().endsWith(text("<b>Bold</b> & <a href=\"https://example.com\">co</a>")));
    html = view.toHtml();
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<a href")));
}

TEST_CASE("DiffView keeps the draft's line breaks and spaces")
{
    Ui::DiffView view;
    view.setTexts(text("Dear team,\n\nwe did it.  Thanks!"), text("Dear team,\n\nwe really did it.  Thanks!"));
    CHECK(view.changeCount() == 1);
    CHECK(view.toPlainText() == text("Dear team,\n\nwe really did it.  Thanks!"));
}

TEST_CASE("DiffView marks a changed line break so it can be seen")
{
    Ui::DiffView view;
    view.setTexts(text("One. Two."), text("One.\nTwo."));
    CHECK(view.changeCount() == 1);
    CHECK(view.toPlainText().contains(QChar(0x21b5)));
}

TEST_CASE("DiffView says calmly when the draft is unchanged, and still shows it")
{
    Ui::DiffView view;
    view.setTexts(text("Proud of our team."), text("Proud of our team!"));
    REQUIRE(view.changeCount() == 1);

    view.setTexts(text("Proud of our team."), text("Proud of our team."));
    CHECK(view.changeCount() == 0);
    const QString plain = view.toPlainText();
    CHECK(plain.contains(text("No changes: this is exactly what your delegate wrote.")));
    CHECK(plain.contains(text("Proud of our team.")));
    CHECK(view.accessibleDescription().contains(text("No changes")));

    view.setTexts(QString(), QString());
    CHECK(view.changeCount() == 0);
    CHECK(view.toPlainText() == text("No changes: this is exactly what your delegate wrote."));
}
