#include "posts/word_diff.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <random>

using namespace Podium::Core;
using Kind = DiffSegment::Kind;

namespace Catch {
template <>
struct StringMaker<DiffSegment>
{
    static std::string convert(const DiffSegment& segment)
    {
        const char* kind = segment.kind == Kind::Same ? "Same" : segment.kind == Kind::Added ? "Added" : "Removed";
        return std::string(kind) + " \"" + segment.text.toStdString() + '"';
    }
};
} // namespace Catch

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

DiffSegment same(const char* utf8)
{
    return {Kind::Same, text(utf8)};
}

DiffSegment added(const char* utf8)
{
    return {Kind::Added, text(utf8)};
}

DiffSegment removed(const char* utf8)
{
    return {Kind::Removed, text(utf8)};
}

QList<DiffSegment> diff(const char* before, const char* after)
{
    return WordDiff::compare(text(before), text(after));
}

bool isGraphemeBoundary(const QString& text, qsizetype position)
{
    if (position == 0 || position == text.size())
        return true;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(position);
    return finder.isAtBoundary();
}

/// Empty when the segments are a faithful diff of the two texts, else what is wrong with them.
std::string problemsWith(const QList<DiffSegment>& segments, const QString& before, const QString& after)
{
    QString spelledBefore;
    QString spelledAfter;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment& segment = segments[i];
        if (segment.text.isEmpty())
            return "empty segment at " + std::to_string(i);
        if (i > 0 && segments[i - 1].kind == segment.kind)
            return "unmerged neighbours at " + std::to_string(i);
        if (segment.kind != Kind::Added) {
            spelledBefore += segment.text;
            if (!isGraphemeBoundary(before, spelledBefore.size()))
                return "split grapheme in before at " + std::to_string(spelledBefore.size());
        }
        if (segment.kind != Kind::Removed) {
            spelledAfter += segment.text;
            if (!isGraphemeBoundary(after, spelledAfter.size()))
                return "split grapheme in after at " + std::to_string(spelledAfter.size());
        }
    }
    if (spelledBefore != before)
        return "Same and Removed do not spell before";
    if (spelledAfter != after)
        return "Same and Added do not spell after";
    return {};
}

/// Applies a few random insertions, deletions and replacements of whole pieces.
QString edited(const QStringList& pieces, const QStringList& vocabulary, std::mt19937& random)
{
    QStringList result = pieces;
    const int edits = std::uniform_int_distribution<int>(0, 5)(random);
    auto any = [&](qsizetype size) { return std::uniform_int_distribution<qsizetype>(0, size - 1)(random); };
    for (int e = 0; e < edits; ++e) {
        const int what = std::uniform_int_distribution<int>(0, 2)(random);
        if (what == 0 || result.isEmpty())
            result.insert(any(result.size() + 1), vocabulary[any(vocabulary.size())]);
        else if (what == 1)
            result.removeAt(any(result.size()));
        else
            result[any(result.size())] = vocabulary[any(vocabulary.size())];
    }
    return result.join(QString());
}

QStringList randomPieces(const QStringList& vocabulary, int most, std::mt19937& random)
{
    QStringList pieces;
    const int count = std::uniform_int_distribution<int>(0, most)(random);
    for (int i = 0; i < count; ++i)
        pieces.append(vocabulary[std::uniform_int_distribution<qsizetype>(0, vocabulary.size() - 1)(random)]);
    return pieces;
}

} // namespace

TEST_CASE("WordDiff finds nothing to show between two empty texts")
{
    CHECK(WordDiff::compare(QString(), QString()).isEmpty());
    CHECK(diff("", "Hello") == QList<DiffSegment>{added("Hello")});
    CHECK(diff("Hello", "") == QList<DiffSegment>{removed("Hello")});
}

TEST_CASE("WordDiff shows an unchanged text as one shared segment")
{
    CHECK(diff("Proud of our team today.", "Proud of our team today.") ==
          QList<DiffSegment>{same("Proud of our team today.")});
}

TEST_CASE("WordDiff shows a replaced word as removed, then added, with the rest shared")
{
    CHECK(diff("the quick", "a quick") == QList<DiffSegment>{removed("the"), added("a"), same(" quick")});
    CHECK(diff("We ship on Monday.", "We ship on Tuesday.") ==
          QList<DiffSegment>{same("We ship on "), removed("Monday"), added("Tuesday"), same(".")});
}

TEST_CASE("WordDiff adds and removes a word together with the space after it")
{
    CHECK(diff("hello world", "hello big world") == QList<DiffSegment>{same("hello "), added("big "), same("world")});
    CHECK(diff("hello big world", "hello world") == QList<DiffSegment>{same("hello "), removed("big "), same("world")});
    CHECK(diff("Thanks team.", "Thanks team. See you Monday.") ==
          QList<DiffSegment>{same("Thanks team."), added(" See you Monday.")});
}

TEST_CASE("WordDiff keeps a rewritten phrase together rather than alternating word by word")
{
    CHECK(diff("the quick brown fox", "a slow red fox") ==
          QList<DiffSegment>{removed("the quick brown"), added("a slow red"), same(" fox")});
}

TEST_CASE("WordDiff keeps an inserted phrase in one piece")
{
    CHECK(diff("We did it together", "We did it all by ourselves, together") ==
          QList<DiffSegment>{same("We did it "), added("all by ourselves, "), same("together")});
    CHECK(diff("one two three", "one new two new three") ==
          QList<DiffSegment>{same("one "), added("new "), same("two "), added("new "), same("three")});
}

TEST_CASE("WordDiff keeps words with apostrophes and numbers with separators whole")
{
    CHECK(diff("I don't know", "I didn't know") ==
          QList<DiffSegment>{same("I "), removed("don't"), added("didn't"), same(" know")});
    CHECK(diff("We’re ready", "They’re ready") ==
          QList<DiffSegment>{removed("We’re"), added("They’re"), same(" ready")});
    CHECK(diff("Revenue rose 3.5% to 10,000 units", "Revenue rose 4.5% to 12,000 units") ==
          QList<DiffSegment>{same("Revenue rose "), removed("3.5"), added("4.5"), same("% to "), removed("10,000"),
                             added("12,000"), same(" units")});
}

TEST_CASE("WordDiff keeps links, handles and hashtags whole")
{
    CHECK(diff("Read https://example.com/q3/report now", "Read https://example.com/q4/report now") ==
          QList<DiffSegment>{same("Read "), removed("https://example.com/q3/report"),
                             added("https://example.com/q4/report"), same(" now")});
    // The full stop after a link belongs to the sentence.
    CHECK(diff("Slides at https://example.com/a.", "Slides at https://example.com/b.") ==
          QList<DiffSegment>{same("Slides at "), removed("https://example.com/a"), added("https://example.com/b"),
                             same(".")});
    CHECK(
        diff("Thanks @alice@example.social!", "Thanks @bob@example.social!") ==
        QList<DiffSegment>{same("Thanks "), removed("@alice@example.social"), added("@bob@example.social"), same("!")});
    CHECK(diff("#teamwork matters", "#leadership matters") ==
          QList<DiffSegment>{removed("#teamwork"), added("#leadership"), same(" matters")});
}

TEST_CASE("WordDiff never splits an emoji, a flag or an accented letter")
{
    CHECK(diff("Great work 👩‍💻", "Great work 👨‍💻") ==
          QList<DiffSegment>{same("Great work "), removed("👩‍💻"), added("👨‍💻")});
    CHECK(diff("👍🏽 Agreed", "👍🏿 Agreed") ==
          QList<DiffSegment>{removed("👍🏽"), added("👍🏿"), same(" Agreed")});
    CHECK(diff("🇩🇪 team", "🇫🇷 team") == QList<DiffSegment>{removed("🇩🇪"), added("🇫🇷"), same(" team")});
    CHECK(diff("Cafe\u0301 opens", "Cafe opens") ==
          QList<DiffSegment>{removed("Cafe\u0301"), added("Cafe"), same(" opens")});
}

TEST_CASE("WordDiff compares German words with umlauts as whole words")
{
    CHECK(diff("Schöne Grüße an das Team", "Schöne Grüße an die Mannschaft") ==
          QList<DiffSegment>{same("Schöne Grüße an "), removed("das Team"), added("die Mannschaft")});
    CHECK(diff("Viele Grüße", "Viele Grüsse") == QList<DiffSegment>{same("Viele "), removed("Grüße"), added("Grüsse")});
}

TEST_CASE("WordDiff compares Chinese character by character, as it has no spaces")
{
    CHECK(diff("我们的团队很棒", "我们的队伍很棒") ==
          QList<DiffSegment>{same("我们的"), removed("团"), same("队"), added("伍"), same("很棒")});
}

TEST_CASE("WordDiff shows a changed line break")
{
    CHECK(diff("Thanks team.\nSee you Monday.", "Thanks team.\n\nSee you Monday.") ==
          QList<DiffSegment>{same("Thanks team.\n"), added("\n"), same("See you Monday.")});
    CHECK(diff("Thanks team.\r\nSee you", "Thanks team.\r\n\r\nSee you") ==
          QList<DiffSegment>{same("Thanks team.\r\n"), added("\r\n"), same("See you")});
    // Never between the CR and LF of one line break.
    CHECK(diff("Thanks team.\r\nSee you", "Thanks team.\r\r\nSee you") ==
          QList<DiffSegment>{same("Thanks team."), removed("\r\n"), added("\r\r\n"), same("See you")});
    CHECK(diff("One. Two.", "One.\nTwo.") == QList<DiffSegment>{same("One."), removed(" "), added("\n"), same("Two.")});
    CHECK(diff("First line\nSecond line", "First line\nNew line\nSecond line") ==
          QList<DiffSegment>{same("First line\n"), added("New line\n"), same("Second line")});
}

TEST_CASE("WordDiff spells both texts back after random edits of real-looking posts")
{
    const QStringList vocabulary{
        text("the"),
        text("team"),
        text("Quartalszahlen"),
        text("Grüße"),
        text("über"),
        text("naïve"),
        text("don't"),
        text("it’s"),
        text("我们"),
        text("团队"),
        text("很棒"),
        text("。"),
        text("👍"),
        text("👍🏽"),
        text("👩‍💻"),
        text("👨‍👩‍👧‍👦"),
        text("🇩🇪"),
        text("🇫🇷"),
        text("https://example.com/q3?x=1"),
        text("www.example.org/a."),
        text("@alice@example.social"),
        text("@bob"),
        text("#leadership"),
        text(","),
        text("."),
        text("!"),
        text("?"),
        text("—"),
        text("“"),
        text("”"),
        text(" "),
        text(" "),
        text(" "),
        text("  "),
        text("\n"),
        text("\n\n"),
        text("\t"),
        text("Cafe\u0301"),
        text("안녕하세요"),
        text("สวัสดีครับ"),
        text("١٢٣"),
        text("3.5"),
        text("10,000"),
        text("'"),
        text("@"),
        text("#"),
        text("http"),
    };
    std::mt19937 random(20240611);
    for (int round = 0; round < 3000; ++round) {
        const QStringList pieces = randomPieces(vocabulary, 40, random);
        const QString before = pieces.join(QString());
        const QString after = edited(pieces, vocabulary, random);
        INFO("before: " << before.toStdString() << "\nafter: " << after.toStdString());
        REQUIRE(problemsWith(WordDiff::compare(before, after), before, after).empty());
        REQUIRE(problemsWith(WordDiff::compare(after, before), after, before).empty());
    }
}

TEST_CASE("WordDiff spells both texts back for random strings of awkward characters")
{
    // Single code points and pieces of grapheme clusters, so edits land inside emoji, accents and links.
    const QStringList alphabet{text("a"),    text("b"),  text("h"),    text("w"),      text("t"),      text("p"),
                               text(":"),    text("/"),  text("."),    text("@"),      text("#"),      text("'"),
                               text(" "),    text("\n"), text("\r\n"), text("\u0301"), text("\u200d"), text("😀"),
                               text("🏽"), text("1"),  text("ü"),    text("中"),     text("\u00a0"), text("🇩")};
    std::mt19937 random(7);
    for (int round = 0; round < 3000; ++round) {
        const QStringList pieces = randomPieces(alphabet, 30, random);
        const QString before = pieces.join(QString());
        const QString after = edited(pieces, alphabet, random);
        INFO("before: " << before.toStdString() << "\nafter: " << after.toStdString());
        REQUIRE(problemsWith(WordDiff::compare(before, after), before, after).empty());
    }
}

TEST_CASE("WordDiff finds a few edits in a 10,000-character post")
{
    const QStringList words{text("our"),     text("customers"), text("trust"),  text("the"),     text("team"),
                            text("shipped"), text("quarter"),   text("Grüße"),  text("results"), text("and"),
                            text("we"),      text("learned"),   text("from"),   text("every"),   text("mistake"),
                            text("团队"),    text("👍"),         text("growth"), text("people"),  text("first")};
    std::mt19937 random(42);
    // About 2,500 characters of sentences; every part starts with a word and ends with a space.
    auto part = [&] {
        QString result;
        while (result.size() < 2500) {
            result += words[std::uniform_int_distribution<qsizetype>(0, words.size() - 1)(random)];
            const int ending = std::uniform_int_distribution<int>(0, 19)(random);
            result += ending == 0 ? text(".\n\n") : ending < 3 ? text(", ") : ending < 5 ? text(". ") : text(" ");
        }
        if (!result.endsWith(u' '))
            result += u' ';
        return result;
    };
    const QString p1 = part();
    const QString p2 = part();
    const QString p3 = part();
    const QString p4 = part();
    const QString before = p1 + text("Alpha ") + p2 + p3 + text("Omega ") + p4;
    const QString after = p1 + text("Quarterly ") + p2 + text("Tangerine Xylophone ") + p3 + p4;
    REQUIRE(before.size() >= 10000);

    const QList<DiffSegment> segments = WordDiff::compare(before, after);
    QList<DiffSegment> changes;
    std::copy_if(segments.cbegin(), segments.cend(), std::back_inserter(changes),
                 [](const DiffSegment& segment) { return segment.kind != Kind::Same; });
    CHECK(changes ==
          QList<DiffSegment>{removed("Alpha"), added("Quarterly"), added("Tangerine Xylophone "), removed("Omega ")});
    CHECK(segments == QList<DiffSegment>{{Kind::Same, p1},
                                         removed("Alpha"),
                                         added("Quarterly"),
                                         {Kind::Same, u' ' + p2},
                                         added("Tangerine Xylophone "),
                                         {Kind::Same, p3},
                                         removed("Omega "),
                                         {Kind::Same, p4}});
    CHECK(WordDiff::compare(before, before) == QList<DiffSegment>{{Kind::Same, before}});
}
