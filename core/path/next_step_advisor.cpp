#include "next_step_advisor.h"

#include "coaching/suggestion_library.h"

#include <QTimeZone>

#include <algorithm>

namespace Podium::Core {

namespace {

bool hasKind(const Milestone& milestone, ActivityKind kind)
{
    for (const ActivityTarget& target : milestone.criteria.targets)
        if (target.kind == kind)
            return true;
    return false;
}

} // namespace

NextStepAdvisor::NextStepAdvisor(const PathDefinition& definition, const SuggestionLibrary& suggestions)
    : m_definition(definition)
    , m_suggestions(suggestions)
{}

NextSteps NextStepAdvisor::advise(const PathProgress& progress, const AdviceContext& context) const
{
    const std::optional<CoachingStyle> style = progress.style;
    NextSteps steps;
    QList<NextStep> candidates;
    const Milestone* next = m_definition.milestone(progress.nextMilestoneId);
    if (!next) {
        // Everything is met: the button still has something, keeping the habit going.
        steps.primary = compose(QStringLiteral("compose:keep-going"), {}, PostKind::Status, progress.currentTier,
                                QStringLiteral("Share what you are working on"));
    } else {
        const NextStep task = taskFor(*next, progress);
        const std::optional<NextStep> guide = guideFor(*next);
        // Hand-holding reads how before doing; everyone else does first, with the guide at hand.
        if (style == CoachingStyle::HandHolding && guide) {
            steps.primary = *guide;
            candidates.append(task);
        } else {
            steps.primary = task;
            if (guide && style != CoachingStyle::DivesIn)
                candidates.append(*guide);
        }
    }

    // People waiting on the executive come before the executive's own practice.
    if (context.approvalsWaiting > 0 && progress.track == Track::Live)
        candidates.prepend(NextStep{QStringLiteral("review:approvals"),
                                    NextStepKind::ReviewApprovals,
                                    {},
                                    {},
                                    PostKind::Status,
                                    false,
                                    std::nullopt,
                                    QStringLiteral("Review the posts waiting for your approval"),
                                    {}});
    if (style == CoachingStyle::Commenter)
        candidates.insert(context.approvalsWaiting > 0 ? 1 : 0,
                          NextStep{QStringLiteral("routine:weekly"),
                                   NextStepKind::WeeklyRoutine,
                                   {},
                                   QStringLiteral("weekly-routine"),
                                   PostKind::Status,
                                   false,
                                   std::nullopt,
                                   QStringLiteral("Spend fifteen minutes liking and commenting"),
                                   {}});
    if (style == CoachingStyle::Blogger)
        candidates.append(compose(QStringLiteral("compose:article-idea"), {}, PostKind::Article, 3,
                                  QStringLiteral("Jot down an idea for an article")));
    for (const Milestone& milestone : inStyleOrder(m_definition.milestones(), style)) {
        const MilestoneProgress* measured = progress.milestone(milestone.id);
        if (next && milestone.id != next->id && milestone.tier <= progress.currentTier && measured && !measured->met)
            candidates.append(taskFor(milestone, progress));
    }

    QStringList taken{steps.primary.id};
    for (const NextStep& candidate : std::as_const(candidates)) {
        if (steps.others.size() >= maxOthers)
            break;
        // The weekly routine serves several milestones; it is offered once.
        const bool routineTwice = candidate.kind == NextStepKind::WeeklyRoutine &&
                                  (steps.primary.kind == NextStepKind::WeeklyRoutine ||
                                   std::any_of(steps.others.cbegin(), steps.others.cend(), [](const NextStep& s) {
                                       return s.kind == NextStepKind::WeeklyRoutine;
                                   }));
        if (taken.contains(candidate.id) || routineTwice)
            continue;
        taken.append(candidate.id);
        steps.others.append(candidate);
    }
    if (style == CoachingStyle::NeedsReminders)
        steps.primary.remindAt = reminderAfter(context.now, context.timeZone);
    return steps;
}

NextStep NextStepAdvisor::taskFor(const Milestone& milestone, const PathProgress& progress) const
{
    const QString guideId = milestone.guideIds.value(0);
    if (milestone.criteria.type == MilestoneCriteria::Type::Checklist)
        return NextStep{QStringLiteral("checklist:") + milestone.id,
                        NextStepKind::ProfileChecklist,
                        milestone.id,
                        guideId,
                        PostKind::Status,
                        false,
                        std::nullopt,
                        milestone.title,
                        {}};
    if (hasKind(milestone, ActivityKind::Review))
        return NextStep{QStringLiteral("review:") + milestone.id,
                        NextStepKind::ReviewApprovals,
                        milestone.id,
                        guideId,
                        PostKind::Status,
                        false,
                        std::nullopt,
                        milestone.title,
                        {}};
    if (hasKind(milestone, ActivityKind::Like) || hasKind(milestone, ActivityKind::Comment) ||
        hasKind(milestone, ActivityKind::Follow))
        return NextStep{QStringLiteral("routine:") + milestone.id,
                        NextStepKind::WeeklyRoutine,
                        milestone.id,
                        guideId,
                        PostKind::Status,
                        false,
                        std::nullopt,
                        milestone.title,
                        {}};
    PostKind kind = PostKind::Status;
    if (hasKind(milestone, ActivityKind::Reply))
        kind = PostKind::Reply;
    else if (hasKind(milestone, ActivityKind::Article) ||
             (hasKind(milestone, ActivityKind::Scheduled) && progress.style == CoachingStyle::Blogger))
        kind = PostKind::Article;
    NextStep step =
        compose(QStringLiteral("compose:") + milestone.id, milestone.id, kind, milestone.tier, milestone.title);
    step.guideId = guideId;
    step.scheduleAhead = hasKind(milestone, ActivityKind::Scheduled);
    return step;
}

std::optional<NextStep> NextStepAdvisor::guideFor(const Milestone& milestone) const
{
    if (milestone.guideIds.isEmpty())
        return std::nullopt;
    return NextStep{QStringLiteral("guide:") + milestone.guideIds.first(),
                    NextStepKind::OpenGuide,
                    milestone.id,
                    milestone.guideIds.first(),
                    PostKind::Status,
                    false,
                    std::nullopt,
                    QStringLiteral("Read how: ") + milestone.title,
                    {}};
}

NextStep NextStepAdvisor::compose(const QString& id, const QString& milestoneId, PostKind kind, int tier,
                                  const QString& title) const
{
    NextStep step{id, NextStepKind::Compose, milestoneId, {}, kind, false, std::nullopt, title, {}};
    const QList<Suggestion> ideas = m_suggestions.forTier(tier, kind, 1);
    if (!ideas.isEmpty())
        step.suggestion = ideas.first();
    return step;
}

QDateTime NextStepAdvisor::reminderAfter(const QDateTime& now, const QString& timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime here = now.toTimeZone(local);
    QDateTime at(here.date(), QTime(reminderHour, reminderMinute), local);
    if (at <= here)
        at = QDateTime(here.date().addDays(1), QTime(reminderHour, reminderMinute), local);
    return at.toUTC();
}

} // namespace Podium::Core
