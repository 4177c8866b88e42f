#include "path_evaluator.h"

#include "common/clock.h"
#include "storage/activity_repository.h"
#include "storage/path_repository.h"
#include "storage/profile_checklist_repository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Podium::Core {

namespace {

/// The activities a milestone counts, each thing done once: liking the same post twice is one like.
QList<Activity> relevant(const MilestoneCriteria& criteria, const QList<Activity>& activities)
{
    QSet<ActivityKind> kinds;
    for (const ActivityTarget& target : criteria.targets)
        kinds.insert(target.kind);
    QSet<QString> seen;
    QList<Activity> result;
    for (const Activity& activity : activities) {
        if (!kinds.contains(activity.kind))
            continue;
        if (!activity.reference.isEmpty()) {
            const QString key = activityKindName(activity.kind) + QLatin1Char('/') + activity.reference;
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        result.append(activity);
    }
    return result;
}

/// Counts over a run of activities, for checking a window against the targets.
struct Tally
{
    QHash<ActivityKind, int> counts;
    int interactions = 0;
    /// Interactions on posts not known to be an executive's: where the network cannot say, Podium gives the
    /// benefit of the doubt, as most posts in a company's feed are by people who are not executives.
    int nonExecutive = 0;

    void add(const Activity& activity, int sign)
    {
        counts[activity.kind] += sign;
        if (!isInteraction(activity.kind))
            return;
        interactions += sign;
        if (activity.targetIsExecutive != true)
            nonExecutive += sign;
    }

    bool meets(const QList<TargetProgress>& targets, double minShare) const
    {
        for (const TargetProgress& target : targets)
            if (counts.value(target.kind) < target.needed)
                return false;
        return minShare <= 0.0 || (interactions > 0 && double(nonExecutive) >= minShare * double(interactions));
    }
};

void measureChecklist(const Milestone& milestone, const QList<Activity>& activities, MilestoneProgress& progress)
{
    const QStringList& items = milestone.criteria.checklistItems;
    QSet<QString> ticked;
    for (const Activity& activity : activities) {
        if (activity.kind != ActivityKind::ProfileItem || !items.contains(activity.reference) ||
            ticked.contains(activity.reference))
            continue;
        ticked.insert(activity.reference);
        if (ticked.size() == items.size() && !progress.met) {
            progress.met = true;
            progress.achievedAt = activity.occurredAt;
        }
    }
    progress.targets = {TargetProgress{ActivityKind::ProfileItem, int(ticked.size()), int(items.size())}};
    for (const QString& item : items)
        if (!ticked.contains(item))
            progress.missingItems.append(item);
}

/// A checklist a trainer prepared for this executive replaces the path's generic items: it names what
/// this person's profile really lacks.
void applyPreparedChecklist(const QList<ProfileChecklistItem>& prepared, MilestoneProgress& progress)
{
    int done = 0;
    QDateTime last;
    progress.missingItems.clear();
    for (const ProfileChecklistItem& item : prepared) {
        if (item.isTicked()) {
            ++done;
            last = std::max(last, item.tickedAt);
        } else {
            progress.missingItems.append(item.text);
        }
    }
    progress.targets = {TargetProgress{ActivityKind::ProfileItem, done, int(prepared.size())}};
    progress.met = done == prepared.size();
    progress.achievedAt = progress.met ? last : QDateTime();
}

} // namespace

PathEvaluator::PathEvaluator(const PathDefinition& definition, Database& database, const Clock& clock)
    : m_definition(definition)
    , m_clock(clock)
    , m_activities(std::make_unique<ActivityRepository>(database))
    , m_path(std::make_unique<PathRepository>(database))
    , m_checklist(std::make_unique<ProfileChecklistRepository>(database))
{}

PathEvaluator::~PathEvaluator() = default;

MilestoneProgress PathEvaluator::measure(const Milestone& milestone, const QList<Activity>& activities,
                                         std::optional<CoachingStyle> style, const QDateTime& now)
{
    MilestoneProgress progress;
    progress.milestoneId = milestone.id;
    progress.tier = milestone.tier;
    progress.required = milestone.required;
    const MilestoneCriteria& criteria = milestone.criteria;
    if (criteria.type == MilestoneCriteria::Type::Checklist) {
        measureChecklist(milestone, activities, progress);
        return progress;
    }
    progress.windowDays = criteria.windowDays;
    progress.minNonExecutiveShare = criteria.minNonExecutiveShare;
    for (const ActivityTarget& target : criteria.targets)
        progress.targets.append(TargetProgress{target.kind, 0, styledTarget(style, milestone.tier, target.count)});

    const QList<Activity> counted = relevant(criteria, activities);
    // A window of N days holds the activities from N×24 hours before its last one up to that one, both ends
    // included. Every window ending at an activity is tried, and for each of those every later start too:
    // dropping early likes on executives' posts can lift the share over the minimum.
    const qint64 windowMs = qint64(criteria.windowDays) * 24 * 3600 * 1000;
    qsizetype first = 0;
    for (qsizetype last = 0; last < counted.size() && !progress.met; ++last) {
        const qint64 end = counted.at(last).occurredAt.toMSecsSinceEpoch();
        if (windowMs > 0)
            while (counted.at(first).occurredAt.toMSecsSinceEpoch() < end - windowMs)
                ++first;
        Tally tally;
        for (qsizetype i = first; i <= last; ++i)
            tally.add(counted.at(i), 1);
        for (qsizetype start = first; start <= last; ++start) {
            if (tally.meets(progress.targets, criteria.minNonExecutiveShare)) {
                progress.met = true;
                progress.achievedAt = counted.at(last).occurredAt;
                break;
            }
            if (criteria.minNonExecutiveShare <= 0.0)
                break; // a shorter window only has fewer of everything
            tally.add(counted.at(start), -1);
        }
    }

    Tally current;
    for (const Activity& activity : counted)
        if (windowMs == 0 || activity.occurredAt.toMSecsSinceEpoch() >= now.toMSecsSinceEpoch() - windowMs)
            current.add(activity, 1);
    for (TargetProgress& target : progress.targets)
        target.done = current.counts.value(target.kind);
    if (current.interactions > 0)
        progress.nonExecutiveShare = double(current.nonExecutive) / double(current.interactions);
    return progress;
}

Result<PathProgress> PathEvaluator::evaluate(const QString& personId, Track track) const
{
    const Result<QString> styleName = m_path->coachingStyle(personId);
    if (!styleName)
        return styleName.error();
    const Result<QList<Activity>> activities = m_activities->history(personId, track);
    if (!activities)
        return activities.error();
    const Result<QMap<QString, QDateTime>> achieved = m_path->achievements(personId, track);
    if (!achieved)
        return achieved.error();
    const Result<QList<TierUnlock>> unlocks = m_path->unlocks(personId);
    if (!unlocks)
        return unlocks.error();
    const Result<QList<ProfileChecklistItem>> prepared = m_checklist->forExecutive(personId);
    if (!prepared)
        return prepared.error();

    PathProgress progress;
    progress.personId = personId;
    progress.track = track;
    progress.style = coachingStyleFromName(*styleName);
    const QDateTime now = m_clock.now();
    // Milestones of locked tiers are measured too: an article written early still counts once its tier opens.
    for (const Milestone& milestone : m_definition.milestones()) {
        MilestoneProgress measured = measure(milestone, *activities, progress.style, now);
        if (milestone.criteria.type == MilestoneCriteria::Type::Checklist && !prepared->isEmpty())
            applyPreparedChecklist(*prepared, measured);
        if (achieved->contains(milestone.id)) {
            measured.met = true;
            measured.achievedAt = achieved->value(milestone.id);
        } else if (measured.met) {
            if (const Result<void> kept = m_path->recordAchievement(personId, milestone.id, track, measured.achievedAt);
                !kept)
                return kept.error();
        }
        progress.milestones.append(measured);
    }

    for (const PathTier& tier : m_definition.tiers()) {
        TierProgress tierProgress;
        tierProgress.tier = tier.number;
        tierProgress.complete = true;
        for (const MilestoneProgress& milestone : std::as_const(progress.milestones))
            if (milestone.tier == tier.number && milestone.required && !milestone.met)
                tierProgress.complete = false;
        // A tier opens when the one before it is open and complete, or when a trainer opened it or a later one.
        const bool byMilestones =
            tier.number == 1 || (progress.tiers.last().unlocked && progress.tiers.last().complete);
        for (const TierUnlock& unlock : *unlocks)
            if (unlock.tier >= tier.number && tierProgress.unlockedBy.isEmpty() && !byMilestones)
                tierProgress.unlockedBy = unlock.unlockedBy;
        tierProgress.unlocked = byMilestones || !tierProgress.unlockedBy.isEmpty();
        if (tierProgress.unlocked)
            progress.currentTier = tier.number;
        progress.tiers.append(tierProgress);
    }

    for (const Milestone& milestone : inStyleOrder(m_definition.milestones(), progress.style)) {
        const MilestoneProgress* measured = progress.milestone(milestone.id);
        if (milestone.tier <= progress.currentTier && milestone.required && !measured->met) {
            progress.nextMilestoneId = milestone.id;
            break;
        }
    }
    if (progress.nextMilestoneId.isEmpty())
        for (const Milestone& milestone : inStyleOrder(m_definition.milestones(), progress.style))
            if (milestone.tier <= progress.currentTier && !progress.milestone(milestone.id)->met) {
                progress.nextMilestoneId = milestone.id;
                break;
            }
    return progress;
}

} // namespace Podium::Core
