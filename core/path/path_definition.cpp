#include "path_definition.h"

namespace Podium::Core {

PathDefinition::PathDefinition(int version, QList<PathTier> tiers, QList<Milestone> milestones)
    : m_version(version)
    , m_tiers(std::move(tiers))
    , m_milestones(std::move(milestones))
{}

const Milestone* PathDefinition::milestone(const QString& id) const
{
    for (const Milestone& milestone : m_milestones)
        if (milestone.id == id)
            return &milestone;
    return nullptr;
}

QList<Milestone> PathDefinition::milestonesOfTier(int tier) const
{
    QList<Milestone> result;
    for (const Milestone& milestone : m_milestones)
        if (milestone.tier == tier)
            result.append(milestone);
    return result;
}

QStringList PathDefinition::checklistItems() const
{
    QStringList items;
    for (const Milestone& milestone : m_milestones)
        if (milestone.criteria.type == MilestoneCriteria::Type::Checklist)
            items += milestone.criteria.checklistItems;
    return items;
}

} // namespace Podium::Core
