#include "guides/guide_parser.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

const QString valid = QStringLiteral("---\n"
                                     "id: first-status-update-practice\n"
                                     "title: Rehearse your first status update\n"
                                     "tier: 1\n"
                                     "platform: practice\n"
                                     "milestone: first-status-update\n"
                                     "minutes: 5\n"
                                     "---\n"
                                     "Nothing you post here leaves your computer.\n"
                                     "\n"
                                     "## Open the practice feed\n"
                                     "Choose Practice in the navigation.\n"
                                     "It is marked clearly.\n"
                                     "\n"
                                     "- [ ] Click Practice\n"
                                     "- [ ] Check the marker\n"
                                     "\n"
                                     "![A practice feed](images/practice-feed.svg)\n"
                                     "[Open the practice feed](podium:practice-feed)\n"
                                     "\n"
                                     "## Post\n"
                                     "Write two sentences.\n"
                                     "\n"
                                     "- [ ] Press Post\n");

QString replaced(const char* from, const char* to)
{
    return QString(valid).replace(QString::fromLatin1(from), QString::fromLatin1(to));
}

} // namespace

TEST_CASE("GuideParser reads front matter, introduction, steps, actions and pictures")
{
    const auto guide = GuideParser::parse(valid, QStringLiteral("en"));
    REQUIRE(guide.hasValue());
    CHECK(guide->id == QStringLiteral("first-status-update-practice"));
    CHECK(guide->language == QStringLiteral("en"));
    CHECK(guide->tier == 1);
    CHECK(guide->platform == QStringLiteral("practice"));
    CHECK(guide->milestone == QStringLiteral("first-status-update"));
    CHECK(guide->minutes == 5);
    CHECK(guide->introduction == QStringLiteral("Nothing you post here leaves your computer."));
    REQUIRE(guide->steps.size() == 2);
    CHECK(guide->steps.at(0).title == QStringLiteral("Open the practice feed"));
    CHECK(guide->steps.at(0).text == QStringLiteral("Choose Practice in the navigation. It is marked clearly."));
    CHECK(guide->steps.at(0).checklist ==
          QStringList{QStringLiteral("Click Practice"), QStringLiteral("Check the marker")});
    CHECK(guide->steps.at(0).pictures == QStringList{QStringLiteral("images/practice-feed.svg")});
    CHECK(guide->steps.at(0).action == QStringLiteral("practice-feed"));
    CHECK(guide->steps.at(0).actionLabel == QStringLiteral("Open the practice feed"));
    CHECK(guide->steps.at(1).checklist == QStringList{QStringLiteral("Press Post")});
    CHECK(guide->steps.at(1).action.isEmpty());
}

TEST_CASE("GuideParser accepts Windows line endings")
{
    const auto guide = GuideParser::parse(QString(valid).replace(u'\n', QStringLiteral("\r\n")), QStringLiteral("en"));
    REQUIRE(guide.hasValue());
    CHECK(guide->steps.size() == 2);
}

TEST_CASE("GuideParser names the line of what is wrong")
{
    const auto check = [](const QString& text, const char* expected) {
        const auto guide = GuideParser::parse(text, QStringLiteral("en"));
        REQUIRE_FALSE(guide.hasValue());
        CHECK(guide.error().code == ErrorCode::GuideMalformed);
        INFO(guide.error().detail.toStdString());
        CHECK(guide.error().detail.contains(QString::fromLatin1(expected)));
    };
    check(QString(), "line 1");
    check(QStringLiteral("# Just markdown\n"), "line 1");
    check(replaced("tier: 1", "tier: 9"), "line 4: tier");
    check(replaced("platform: practice", "platform: myspace"), "line 5: platform");
    check(replaced("minutes: 5", "minutes: soon"), "line 7: minutes");
    check(replaced("id: first-status-update-practice", "colour: blue"), "line 2: unknown key");
    check(replaced("id: first-status-update-practice\n", ""), "needs 'id'");
    check(replaced("minutes: 5\n---\n", "minutes: 5\n"), "closing");
    check(QStringLiteral("---\nid: a\n"), "closing");
    check(replaced("## Post", "### Post"), "headings");
    check(replaced("](images/practice-feed.svg)", "](../../etc/passwd)"), "inside the guides folder");
    check(QString(valid).left(valid.indexOf(QStringLiteral("## Open"))), "at least one");
    check(replaced("podium:practice-feed", "podium:format-disk"), "line 19: unknown action");
    check(replaced("(podium:practice-feed)\n", "(podium:practice-feed)\n[Again](podium:queue)\n"),
          "at most one action");
}
