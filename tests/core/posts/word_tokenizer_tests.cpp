#include "posts/word_tokenizer.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

QStringList tokens(const char* utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QStringList result;
    for (const QStringView token : WordTokenizer::split(text))
        result.append(token.toString());
    return result;
}

QStringList list(std::initializer_list<const char*> utf8)
{
    QStringList result;
    for (const char* item : utf8)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST_CASE("WordTokenizer splits words, runs of whitespace and single punctuation")
{
    CHECK(tokens("").isEmpty());
    CHECK(tokens("Hello,  team!\n\nThanks") == list({"Hello", ",", "  ", "team", "!", "\n\n", "Thanks"}));
    CHECK(tokens("well-known") == list({"well", "-", "known"}));
}

TEST_CASE("WordTokenizer keeps apostrophes inside words and separators inside numbers")
{
    CHECK(tokens("don't we’re 'quoted'") == list({"don't", " ", "we’re", " ", "'", "quoted", "'"}));
    CHECK(tokens("3.5 and 10,000.") == list({"3.5", " ", "and", " ", "10,000", "."}));
}

TEST_CASE("WordTokenizer keeps links, handles and hashtags whole but leaves the sentence's punctuation out")
{
    CHECK(tokens("See https://example.com/a_b?c=1#top.") == list({"See", " ", "https://example.com/a_b?c=1#top", "."}));
    CHECK(tokens("(www.example.org)") == list({"(", "www.example.org", ")"}));
    CHECK(tokens("(https://en.wikipedia.org/wiki/Podium_(furniture))") ==
          list({"(", "https://en.wikipedia.org/wiki/Podium_(furniture)", ")"}));
    CHECK(tokens("Hi @alice@example.social and @bob.") ==
          list({"Hi", " ", "@alice@example.social", " ", "and", " ", "@bob", "."}));
    CHECK(tokens("#Führung2024!") == list({"#Führung2024", "!"}));
    // Inside a word, @ and # are just punctuation.
    CHECK(tokens("mail@example C#") == list({"mail", "@", "example", " ", "C", "#"}));
}

TEST_CASE("WordTokenizer never splits a user-perceived character")
{
    CHECK(tokens("Go 👨‍👩‍👧‍👦👍🏽🇩🇪!") ==
          list({"Go", " ", "👨‍👩‍👧‍👦", "👍🏽", "🇩🇪", "!"}));
    CHECK(tokens("Cafe\u0301 Grüße") == list({"Cafe\u0301", " ", "Grüße"}));
}

TEST_CASE("WordTokenizer gives each Chinese and Japanese character its own token")
{
    CHECK(tokens("我们的团队") == list({"我", "们", "的", "团", "队"}));
    CHECK(tokens("Podiumで投稿") == list({"Podium", "で", "投", "稿"}));
}

TEST_CASE("WordTokenizer allows a cut only where a token starts after whitespace that nothing joins")
{
    const QString text = QString::fromUtf8("a b  c \u0301d");
    CHECK(WordTokenizer::isSafeCut(text, 0));
    CHECK_FALSE(WordTokenizer::isSafeCut(text, 1)); // the end of a word
    CHECK(WordTokenizer::isSafeCut(text, 2));
    CHECK_FALSE(WordTokenizer::isSafeCut(text, 4)); // inside a run of spaces
    CHECK_FALSE(WordTokenizer::isSafeCut(text, 7)); // a combining accent joins the space before it
    CHECK(WordTokenizer::isSafeCut(text, text.size()));
}
