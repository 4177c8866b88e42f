#include "path/coaching_style.h"
#include "path/path_definition_parser.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

QStringList ids(const QList<Milestone>& milestones)
{
    QStringList result;
    for (const Milestone& milestone : milestones)
        result << milestone.id;
    return result;
}

} // namespace

TEST_CASE("CoachingStyle names round-trip and unknown names are refused")
{
    for (const CoachingStyle style : {CoachingStyle::DivesIn, CoachingStyle::HandHolding, CoachingStyle::Blogger,
                                      CoachingStyle::Commenter, CoachingStyle::NeedsReminders})
        CHECK(coachingStyleFromName(coachingStyleName(style)) == style);
    CHECK(coachingStyleName(CoachingStyle::NeedsReminders) == QStringLiteral("needs-reminders"));
    CHECK_FALSE(coachingStyleFromName(QStringLiteral("shy")).has_value());
}

TEST_CASE("CoachingStyle hand-holding halves the first two tiers' counts, rounding up, and leaves content alone")
{
    CHECK(styledTarget(CoachingStyle::HandHolding, 1, 3) == 2);
    CHECK(styledTarget(CoachingStyle::HandHolding, 2, 10) == 5);
    CHECK(styledTarget(CoachingStyle::HandHolding, 2, 1) == 1);
    CHECK(styledTarget(CoachingStyle::HandHolding, 3, 4) == 4);
    CHECK(styledTarget(CoachingStyle::DivesIn, 1, 3) == 3);
    CHECK(styledTarget(std::nullopt, 2, 10) == 10);
}

TEST_CASE("CoachingStyle orders a commenter's interactions and a blogger's article first within their tier")
{
    const PathDefinition path = PathDefinitionParser::builtIn();
    const QStringList plain = ids(inStyleOrder(path.milestones(), std::nullopt));
    CHECK(plain == ids(path.milestones()));

    QList<Milestone> reversedTier2;
    for (const Milestone& milestone : path.milestones())
        if (milestone.tier == 2)
            reversedTier2.prepend(milestone);
    reversedTier2.prepend(*path.milestone(QStringLiteral("first-status-update")));
    CHECK(ids(inStyleOrder(reversedTier2, CoachingStyle::Commenter)) ==
          QStringList{QStringLiteral("first-status-update"), QStringLiteral("follow-colleagues"),
                      QStringLiteral("first-reply"), QStringLiteral("weekly-engagement")});

    const QList<Milestone> tier3{*path.milestone(QStringLiteral("first-scheduled-post")),
                                 *path.milestone(QStringLiteral("first-article"))};
    CHECK(ids(inStyleOrder(tier3, CoachingStyle::Blogger)).first() == QStringLiteral("first-article"));
    CHECK(ids(inStyleOrder(tier3, CoachingStyle::DivesIn)).first() == QStringLiteral("first-scheduled-post"));
}
