#pragma once

#include "milestone.h"

#include <QList>
#include <QStringList>

namespace Podium::Core {

/// The onboarding path as data: its tiers and milestones, read from a versioned definition.
class PathDefinition
{
public:
    PathDefinition() = default;
    PathDefinition(int version, QList<PathTier> tiers, QList<Milestone> milestones);

    int version() const { return m_version; }
    const QList<PathTier>& tiers() const { return m_tiers; }
    int tierCount() const { return int(m_tiers.size()); }
    /// Every milestone, in the order the definition lists them.
    const QList<Milestone>& milestones() const { return m_milestones; }
    /// Null when the path has no such milestone.
    const Milestone* milestone(const QString& id) const;
    QList<Milestone> milestonesOfTier(int tier) const;
    /// The items of every checklist milestone, e.g. photo, title, bio.
    QStringList checklistItems() const;

private:
    int m_version = 0;
    QList<PathTier> m_tiers;
    QList<Milestone> m_milestones;
};

} // namespace Podium::Core
