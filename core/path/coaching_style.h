#pragma once

#include "milestone.h"

#include <QList>
#include <QString>

#include <optional>

namespace Podium::Core {

/// How an executive likes to be coached; it shapes the path's targets, the order of the steps and nudges.
enum class CoachingStyle
{
    /// Wants to get going: the composer first, no detours through guides.
    DivesIn,
    /// Wants to be taken by the hand: smaller targets in the first two tiers, and the guide before the task.
    HandHolding,
    /// Would rather write at length: article ideas are offered early and the article comes first in tier 3.
    Blogger,
    /// Would rather respond than broadcast: the interaction milestones and the weekly routine come first.
    Commenter,
    /// Does things when reminded: the next step carries a suggested reminder time.
    NeedsReminders,
};

/// The stable name stored in the database and used on the command line, e.g. "hand-holding".
QString coachingStyleName(CoachingStyle style);
std::optional<CoachingStyle> coachingStyleFromName(const QString& name);

/// The count a milestone of `tier` asks of a person with `style`: hand-holding halves the counts of the
/// first two tiers (rounding up) so the first wins come sooner.
int styledTarget(std::optional<CoachingStyle> style, int tier, int count);
/// `milestones` in the order a person with `style` takes them on: a commenter's interaction milestones and a
/// blogger's article come before the rest of their tier; otherwise the definition's order. Tiers stay in order.
QList<Milestone> inStyleOrder(QList<Milestone> milestones, std::optional<CoachingStyle> style);

} // namespace Podium::Core
