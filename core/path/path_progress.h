#pragma once

#include "activity_kind.h"
#include "coaching_style.h"
#include "track.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Podium::Core {

/// How far one target of a milestone is: "2 of 3 status updates".
struct TargetProgress
{
    ActivityKind kind = ActivityKind::Status;
    /// Within the current window (ending now) where the milestone has one, otherwise ever.
    int done = 0;
    /// The count asked of this person: the definition's, shaped by their coaching style.
    int needed = 1;
};

/// Where a person stands on one milestone.
struct MilestoneProgress
{
    QString milestoneId;
    int tier = 1;
    bool required = true;
    /// Met once is met for good: a rhythm that lapses later does not take the milestone back.
    bool met = false;
    QDateTime achievedAt;
    QList<TargetProgress> targets;
    int windowDays = 0;
    double minNonExecutiveShare = 0.0;
    /// The share of the current window's interactions on non-executives' posts; none without interactions.
    std::optional<double> nonExecutiveShare;
    /// For the profile checklist: the items still to tick.
    QStringList missingItems;
};

/// Where a person stands on one tier.
struct TierProgress
{
    int tier = 1;
    bool unlocked = false;
    /// Every required milestone of the tier is met.
    bool complete = false;
    /// The trainer who opened it early; empty when it opened by milestones (or is the first).
    QString unlockedBy;
};

/// A person's progress along the onboarding path on one track.
struct PathProgress
{
    QString personId;
    Track track = Track::Live;
    std::optional<CoachingStyle> style;
    /// The highest unlocked tier.
    int currentTier = 1;
    QList<TierProgress> tiers;
    /// In the order the path definition lists them.
    QList<MilestoneProgress> milestones;
    /// The milestone to work on next, in the order the person's style favours; empty when all are met.
    QString nextMilestoneId;

    const MilestoneProgress* milestone(const QString& id) const
    {
        for (const MilestoneProgress& progress : milestones)
            if (progress.milestoneId == id)
                return &progress;
        return nullptr;
    }
};

} // namespace Podium::Core
