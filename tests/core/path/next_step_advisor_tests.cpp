#include "coaching/suggestion_library.h"
#include "path/next_step_advisor.h"
#include "path/path_definition_parser.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

struct AdvisorFixture
{
    PathDefinition definition = PathDefinitionParser::builtIn();
    SuggestionLibrary suggestions;
    NextStepAdvisor advisor{definition, suggestions};
    AdviceContext context{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("America/New_York"), 0};

    /// A person's progress with `met` done and the next milestone chosen as the evaluator would.
    PathProgress progress(const QStringList& met, int tier, std::optional<CoachingStyle> style = std::nullopt,
                          Track track = Track::Live) const
    {
        PathProgress progress;
        progress.personId = QStringLiteral("dana");
        progress.track = track;
        progress.style = style;
        progress.currentTier = tier;
        for (const Milestone& milestone : definition.milestones()) {
            MilestoneProgress measured;
            measured.milestoneId = milestone.id;
            measured.tier = milestone.tier;
            measured.required = milestone.required;
            measured.met = met.contains(milestone.id);
            progress.milestones.append(measured);
        }
        for (const Milestone& milestone : inStyleOrder(definition.milestones(), style))
            if (milestone.tier <= tier && !met.contains(milestone.id)) {
                progress.nextMilestoneId = milestone.id;
                break;
            }
        return progress;
    }
};

QStringList ids(const QList<NextStep>& steps)
{
    QStringList result;
    for (const NextStep& step : steps)
        result << step.id;
    return result;
}

const QStringList tier1{QStringLiteral("profile-checklist"), QStringLiteral("first-status-update"),
                        QStringLiteral("status-rhythm")};

} // namespace

TEST_CASE("NextStepAdvisor starts a newcomer on the profile checklist, with its guide and the next task at hand")
{
    AdvisorFixture f;
    const NextSteps steps = f.advisor.advise(f.progress({}, 1), f.context);
    CHECK(steps.primary.id == QStringLiteral("checklist:profile-checklist"));
    CHECK(steps.primary.kind == NextStepKind::ProfileChecklist);
    CHECK(steps.primary.milestoneId == QStringLiteral("profile-checklist"));
    CHECK(steps.primary.guideId == QStringLiteral("profile-checklist"));
    CHECK(steps.primary.title == QStringLiteral("Complete your profile"));
    CHECK_FALSE(steps.primary.remindAt.isValid());
    CHECK(ids(steps.others) == QStringList{QStringLiteral("guide:profile-checklist"),
                                           QStringLiteral("compose:first-status-update"),
                                           QStringLiteral("compose:status-rhythm")});
}

TEST_CASE("NextStepAdvisor opens the composer with an idea for the milestone's kind and tier")
{
    AdvisorFixture f;
    NextSteps steps = f.advisor.advise(f.progress({QStringLiteral("profile-checklist")}, 1), f.context);
    CHECK(steps.primary.kind == NextStepKind::Compose);
    CHECK(steps.primary.postKind == PostKind::Status);
    REQUIRE(steps.primary.suggestion.has_value());
    CHECK(steps.primary.suggestion->kind == PostKind::Status);
    CHECK(steps.primary.guideId == QStringLiteral("first-status-update-practice"));

    QStringList met = tier1;
    met << QStringLiteral("weekly-engagement");
    steps = f.advisor.advise(f.progress(met, 2), f.context);
    CHECK(steps.primary.id == QStringLiteral("compose:first-reply"));
    CHECK(steps.primary.postKind == PostKind::Reply);
    REQUIRE(steps.primary.suggestion.has_value());
    CHECK(steps.primary.suggestion->kind == PostKind::Reply);

    met << QStringLiteral("first-reply") << QStringLiteral("follow-colleagues") << QStringLiteral("first-article");
    steps = f.advisor.advise(f.progress(met, 3), f.context);
    CHECK(steps.primary.id == QStringLiteral("compose:first-scheduled-post"));
    CHECK(steps.primary.scheduleAhead);
}

TEST_CASE("NextStepAdvisor offers the guide first to a person who wants hand-holding")
{
    AdvisorFixture f;
    const NextSteps steps = f.advisor.advise(f.progress({}, 1, CoachingStyle::HandHolding), f.context);
    CHECK(steps.primary.id == QStringLiteral("guide:profile-checklist"));
    CHECK(steps.primary.kind == NextStepKind::OpenGuide);
    CHECK(steps.primary.guideId == QStringLiteral("profile-checklist"));
    REQUIRE_FALSE(steps.others.isEmpty());
    CHECK(steps.others.first().id == QStringLiteral("checklist:profile-checklist"));
}

TEST_CASE("NextStepAdvisor sends a person who dives in straight to the tasks, without guides")
{
    AdvisorFixture f;
    const NextSteps steps = f.advisor.advise(f.progress({}, 1, CoachingStyle::DivesIn), f.context);
    CHECK(steps.primary.kind == NextStepKind::ProfileChecklist);
    for (const NextStep& step : steps.others)
        CHECK(step.kind != NextStepKind::OpenGuide);
}

TEST_CASE("NextStepAdvisor offers a commenter the weekly routine from the first tier")
{
    AdvisorFixture f;
    const NextSteps steps = f.advisor.advise(f.progress({}, 1, CoachingStyle::Commenter), f.context);
    REQUIRE_FALSE(steps.others.isEmpty());
    CHECK(steps.others.first().id == QStringLiteral("routine:weekly"));
    CHECK(steps.others.first().kind == NextStepKind::WeeklyRoutine);

    // In the second tier the routine is the primary step; it is not offered twice.
    QStringList met = tier1;
    const NextSteps tier2 = f.advisor.advise(f.progress(met, 2, CoachingStyle::Commenter), f.context);
    CHECK(tier2.primary.kind == NextStepKind::WeeklyRoutine);
    for (const NextStep& step : tier2.others)
        CHECK(step.kind != NextStepKind::WeeklyRoutine);
}

TEST_CASE("NextStepAdvisor offers a blogger an article idea early, and the article first in the content tier")
{
    AdvisorFixture f;
    const NextSteps early = f.advisor.advise(f.progress({}, 1, CoachingStyle::Blogger), f.context);
    CHECK(ids(early.others).contains(QStringLiteral("compose:article-idea")));
    for (const NextStep& step : early.others)
        if (step.id == QStringLiteral("compose:article-idea")) {
            CHECK(step.postKind == PostKind::Article);
            REQUIRE(step.suggestion.has_value());
            CHECK(step.suggestion->kind == PostKind::Article);
        }

    QStringList met = tier1;
    met << QStringLiteral("weekly-engagement") << QStringLiteral("first-reply") << QStringLiteral("follow-colleagues");
    const NextSteps content = f.advisor.advise(f.progress(met, 3, CoachingStyle::Blogger), f.context);
    CHECK(content.primary.id == QStringLiteral("compose:first-article"));
}

TEST_CASE("NextStepAdvisor suggests a reminder at half past eight local time for a person who needs reminders")
{
    AdvisorFixture f;
    // 09:30 UTC is 04:30 in New York: later that morning.
    NextSteps steps = f.advisor.advise(f.progress({}, 1, CoachingStyle::NeedsReminders), f.context);
    CHECK(steps.primary.remindAt == QDateTime(QDate(2026, 3, 2), QTime(13, 30), Qt::UTC));
    // Past it: the next morning.
    f.context.now = QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
    steps = f.advisor.advise(f.progress({}, 1, CoachingStyle::NeedsReminders), f.context);
    CHECK(steps.primary.remindAt == QDateTime(QDate(2026, 3, 3), QTime(13, 30), Qt::UTC));
}

TEST_CASE("NextStepAdvisor puts approvals waiting first among the others, on the live track only")
{
    AdvisorFixture f;
    f.context.approvalsWaiting = 2;
    const NextSteps live = f.advisor.advise(f.progress({}, 1), f.context);
    REQUIRE(live.others.size() == 3);
    CHECK(live.others.first().id == QStringLiteral("review:approvals"));
    const NextSteps practice = f.advisor.advise(f.progress({}, 1, std::nullopt, Track::Practice), f.context);
    CHECK_FALSE(ids(practice.others).contains(QStringLiteral("review:approvals")));
}

TEST_CASE("NextStepAdvisor keeps the habit going once every milestone is met")
{
    AdvisorFixture f;
    QStringList all;
    for (const Milestone& milestone : f.definition.milestones())
        all << milestone.id;
    const NextSteps steps = f.advisor.advise(f.progress(all, 3), f.context);
    CHECK(steps.primary.id == QStringLiteral("compose:keep-going"));
    CHECK(steps.primary.kind == NextStepKind::Compose);
    CHECK(steps.others.size() <= 3);
}
