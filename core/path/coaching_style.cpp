#include "coaching_style.h"

#include <algorithm>

namespace Podium::Core {

QString coachingStyleName(CoachingStyle style)
{
    switch (style) {
    case CoachingStyle::DivesIn:
        return QStringLiteral("dives-in");
    case CoachingStyle::HandHolding:
        return QStringLiteral("hand-holding");
    case CoachingStyle::Blogger:
        return QStringLiteral("blogger");
    case CoachingStyle::Commenter:
        return QStringLiteral("commenter");
    case CoachingStyle::NeedsReminders:
        return QStringLiteral("needs-reminders");
    }
    return {};
}

std::optional<CoachingStyle> coachingStyleFromName(const QString& name)
{
    for (CoachingStyle style : {CoachingStyle::DivesIn, CoachingStyle::HandHolding, CoachingStyle::Blogger,
                                CoachingStyle::Commenter, CoachingStyle::NeedsReminders})
        if (coachingStyleName(style) == name)
            return style;
    return std::nullopt;
}

int styledTarget(std::optional<CoachingStyle> style, int tier, int count)
{
    if (style == CoachingStyle::HandHolding && tier <= 2)
        return qMax(1, (count + 1) / 2);
    return count;
}

QList<Milestone> inStyleOrder(QList<Milestone> milestones, std::optional<CoachingStyle> style)
{
    const auto favoured = [style](const Milestone& milestone) {
        for (const ActivityTarget& target : milestone.criteria.targets) {
            if (style == CoachingStyle::Commenter && isInteraction(target.kind))
                return true;
            if (style == CoachingStyle::Blogger && target.kind == ActivityKind::Article)
                return true;
        }
        return false;
    };
    std::stable_sort(milestones.begin(), milestones.end(), [&](const Milestone& a, const Milestone& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return favoured(a) && !favoured(b);
    });
    return milestones;
}

} // namespace Podium::Core
