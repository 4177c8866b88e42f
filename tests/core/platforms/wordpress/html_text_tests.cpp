#include "platforms/wordpress/html_text.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("HtmlText decodes the named, numeric and hex entities WordPress sends")
{
    CHECK(HtmlText::decodeEntities(QStringLiteral("Q&amp;A &lt;b&gt; &quot;hi&quot; it&#039;s")) ==
          QStringLiteral("Q&A <b> \"hi\" it's"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("you&#8217;ve")) == QStringLiteral("you\u2019ve"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("you&#x2019;ve &#X2014;")) == QStringLiteral("you\u2019ve \u2014"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("&#128512;")) == QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("a&nbsp;b&hellip;")) == QStringLiteral("a\u00A0b\u2026"));
}

TEST_CASE("HtmlText leaves a bare ampersand and unknown or invalid references as written")
{
    CHECK(HtmlText::decodeEntities(QStringLiteral("Fish & chips; peas")) == QStringLiteral("Fish & chips; peas"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("&bogus; &#; &#xZZ; &#55296; &#1114112;")) ==
          QStringLiteral("&bogus; &#; &#xZZ; &#55296; &#1114112;"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("ends with &")) == QStringLiteral("ends with &"));
    CHECK(HtmlText::decodeEntities(QStringLiteral("&amp;amp;")) == QStringLiteral("&amp;"));
}

TEST_CASE("HtmlText turns rendered HTML into plain text")
{
    CHECK(HtmlText::toPlainText(QStringLiteral("<p>Nice &#038; <b>good</b></p>\n<p>Second</p>\n")) ==
          QStringLiteral("Nice & good Second"));
    CHECK(HtmlText::toPlainText(QStringLiteral("Line<br/>break")) == QStringLiteral("Line break"));
}

TEST_CASE("HtmlText compares a rendered comment with the text that was sent")
{
    const QString sent = QStringLiteral("It's \"great\" -- really...");
    const QString rendered = QStringLiteral("<p>It&#8217;s &#8220;great&#8221; &#8212; really&#8230;</p>\n");
    CHECK(HtmlText::comparable(sent) == HtmlText::comparable(rendered));
    CHECK(HtmlText::comparable(sent) != HtmlText::comparable(QStringLiteral("<p>It is great</p>")));
}
