#include "platforms/mastodon/status_text.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("StatusText reads Mastodon's paragraphs, line breaks and shortened links as the text sent")
{
    const QString html = QStringLiteral(
        "<p>Quarterly update &amp; thanks to the team!</p><p>Details: <a href=\"https://example.com/a/very/long/path\" "
        "rel=\"nofollow noopener noreferrer\" target=\"_blank\"><span class=\"invisible\">https://</span>"
        "<span class=\"ellipsis\">example.com/a/very/lo</span><span class=\"invisible\">ng/path</span></a><br />"
        "Ping <span class=\"h-card\"><a href=\"https://example.com/@dana\" class=\"u-url mention\">@<span>dana"
        "</span></a></span></p>");
    const QString sent = QStringLiteral(
        "Quarterly update & thanks to the team!\n\nDetails: https://example.com/a/very/long/path\nPing @dana");
    CHECK(StatusText::fromHtml(html) == StatusText::normalized(sent));
}

TEST_CASE("StatusText reads snac's line breaks and links")
{
    const QString html = QStringLiteral("Hello &lt;team&gt; &amp; <a href=\"https://example.com/x\" "
                                        "target=\"_blank\">https://example.com/x</a><br>second line<br>");
    CHECK(StatusText::fromHtml(html) == QStringLiteral("Hello <team> & https://example.com/x second line"));
}

TEST_CASE("StatusText decodes numeric and named entities and leaves unknown ones")
{
    CHECK(StatusText::decodeEntities(QStringLiteral("it&#39;s &#x1F600; &quot;q&quot; &apos;a&apos; a&nbsp;b")) ==
          QStringLiteral("it's \U0001F600 \"q\" 'a' a b"));
    CHECK(StatusText::decodeEntities(QStringLiteral("&bogus; & &#xD800; &#0;")) ==
          QStringLiteral("&bogus; & &#xD800; &#0;"));
    CHECK(StatusText::decodeEntities(QStringLiteral("&amp;lt;")) == QStringLiteral("&lt;"));
}

TEST_CASE("StatusText compares texts regardless of line breaks and surrounding spaces")
{
    CHECK(StatusText::normalized(QStringLiteral("  one\n\ntwo \t three\n")) == QStringLiteral("one two three"));
    CHECK(StatusText::fromHtml(QStringLiteral("<p>one</p>\n<p>two<br/>three</p>")) == QStringLiteral("one two three"));
    CHECK(StatusText::fromHtml(QString()).isEmpty());
}

TEST_CASE("StatusText compares mentions without the domain Mastodon leaves out of the HTML")
{
    const QString sent = QStringLiteral("Thanks @dana@other.example and @lee!\nMail me: ceo@example.com");
    const QString html = QStringLiteral(
        "<p>Thanks <span class=\"h-card\"><a href=\"https://other.example/@dana\" class=\"u-url mention\">@<span>"
        "dana</span></a></span> and <span class=\"h-card\"><a href=\"https://social.example/@lee\" "
        "class=\"u-url mention\">@<span>lee</span></a></span>!<br />Mail me: ceo@example.com</p>");
    CHECK(StatusText::comparable(StatusText::fromHtml(html)) == StatusText::comparable(sent));
    CHECK(StatusText::comparable(sent) == QStringLiteral("Thanks @dana and @lee! Mail me: ceo@example.com"));
}
