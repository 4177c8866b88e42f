#include "platforms/character_counter.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("CharacterCounter counts user-perceived characters, not UTF-16 units")
{
    const CharacterCounter counter(PlatformCapabilities{});
    CHECK(counter.count(QString()) == 0);
    CHECK(counter.count(QStringLiteral("Hello")) == 5);
    // A thumbs-up with a skin tone is four UTF-16 units and one character; so is a flag.
    CHECK(counter.count(QStringLiteral(u"\U0001F44D\U0001F3FD")) == 1);
    CHECK(counter.count(QStringLiteral(u"\U0001F1E9\U0001F1EA")) == 1);
    // An e with a combining accent is one character.
    CHECK(counter.count(QStringLiteral(u"e\u0301")) == 1);
}

TEST_CASE("CharacterCounter weighs every URL as the server says")
{
    PlatformCapabilities mastodon;
    mastodon.charactersPerUrl = 23;
    const CharacterCounter counter(mastodon);
    const QString longUrl =
        QStringLiteral("https://intranet.example.com/news/2026/quarterly-results-and-what-they-mean");
    CHECK(counter.count(QStringLiteral("Read ") + longUrl) == 5 + 23);
    CHECK(counter.count(QStringLiteral("a http://x.io b https://y.io/z c")) == 2 + 23 + 3 + 23 + 2);

    PlatformCapabilities literal;
    literal.charactersPerUrl = 0;
    CHECK(CharacterCounter(literal).count(QStringLiteral("http://x.io")) == 11);
}

TEST_CASE("CharacterCounter says how much room is left and when the text is too long")
{
    PlatformCapabilities small;
    small.maxCharacters = 10;
    const CharacterCounter counter(small);
    CHECK(counter.remaining(QStringLiteral("12345")) == 5);
    CHECK(counter.fits(QStringLiteral("1234567890")));
    CHECK_FALSE(counter.fits(QStringLiteral("12345678901")));
    CHECK(counter.remaining(QStringLiteral("12345678901")) == -1);

    PlatformCapabilities unlimited;
    unlimited.maxCharacters = 0;
    CHECK(CharacterCounter(unlimited).fits(QString(200000, QLatin1Char('a'))));
}
