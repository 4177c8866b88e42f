#include "guides/guide_library.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>

using namespace Podium::Core;

TEST_CASE("Every shipped guide reads cleanly in English and German")
{
    for (const char* language : {"en", "de"}) {
        INFO(language);
        const GuideLibrary library{QString::fromLatin1(language)};
        for (const Error& problem : library.problems())
            FAIL_CHECK(problem.detail.toStdString());
        CHECK(library.language() == QString::fromLatin1(language));
        CHECK(library.guides().size() >= 9);
        for (const Guide& guide : library.guides()) {
            INFO(guide.id.toStdString());
            CHECK(guide.language == QString::fromLatin1(language));
            CHECK_FALSE(guide.introduction.isEmpty());
            for (const GuideStep& step : guide.steps) {
                CHECK_FALSE(step.checklist.isEmpty());
                for (const QString& picture : step.pictures)
                    CHECK(QFile::exists(QStringLiteral(":/podium/guides/") + picture));
            }
        }
    }
}

TEST_CASE("English and German offer the same guides for the same milestones")
{
    const GuideLibrary english{QStringLiteral("en")};
    const GuideLibrary german{QStringLiteral("de")};
    REQUIRE(english.guides().size() == german.guides().size());
    for (const Guide& guide : english.guides()) {
        const auto translated = german.find(guide.id);
        REQUIRE(translated.hasValue());
        CHECK(translated->milestone == guide.milestone);
        REQUIRE(translated->steps.size() == guide.steps.size());
        // "Do it now" must open the same screen whichever language the executive reads.
        bool hasAction = false;
        for (qsizetype step = 0; step < guide.steps.size(); ++step) {
            CHECK(translated->steps.at(step).action == guide.steps.at(step).action);
            hasAction = hasAction || !guide.steps.at(step).action.isEmpty();
        }
        INFO(guide.id.toStdString());
        CHECK(hasAction);
        CHECK(translated->title != guide.title);
    }
}

TEST_CASE("Every milestone of the path has at least one guide")
{
    const GuideLibrary library{QStringLiteral("en")};
    for (const char* milestone :
         {"profile-checklist", "first-status-update", "status-rhythm", "weekly-engagement", "first-reply",
          "follow-colleagues", "first-article", "first-scheduled-post", "review-delegate-draft"}) {
        INFO(milestone);
        CHECK_FALSE(library.forMilestone(QString::fromLatin1(milestone)).isEmpty());
    }
}

TEST_CASE("GuideLibrary falls back to English and finds guides by words")
{
    const GuideLibrary french{QStringLiteral("fr_FR")};
    CHECK(french.language() == QStringLiteral("en"));
    const QList<Guide> found = french.search(QStringLiteral("schedule post"));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().milestone == QStringLiteral("first-scheduled-post"));
    CHECK(french.search(QStringLiteral("zzzyzzy")).isEmpty());
    CHECK(french.find(QStringLiteral("no-such-guide")).error().code == ErrorCode::GuideNotFound);
}

TEST_CASE("GuideLibrary lists the easiest guides first, rehearsal before the real networks")
{
    const GuideLibrary library{QStringLiteral("en")};
    REQUIRE_FALSE(library.guides().isEmpty());
    CHECK(library.guides().first().platform == QStringLiteral("practice"));
    for (qsizetype i = 1; i < library.guides().size(); ++i)
        CHECK(library.guides().at(i - 1).tier <= library.guides().at(i).tier);
}
