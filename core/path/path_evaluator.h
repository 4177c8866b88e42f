#pragma once

#include "activity.h"
#include "common/result.h"
#include "path_definition.h"
#include "path_progress.h"

#include <memory>

namespace Podium::Core {

class ActivityRepository;
class Clock;
class Database;
class PathRepository;
class ProfileChecklistRepository;

/// Computes a person's PathProgress on one track from their recorded activity, and remembers each
/// milestone the first time it is met, so a lapsed rhythm or a changed definition never takes it back.
class PathEvaluator
{
public:
    PathEvaluator(const PathDefinition& definition, Database& database, const Clock& clock);
    ~PathEvaluator();

    /// PersonNotFound for an unknown person.
    Result<PathProgress> evaluate(const QString& personId, Track track) const;

    /// One milestone against `activities` (oldest first) at `now`, without stored achievements: whether and
    /// when it was first met, and the progress in the window ending now.
    static MilestoneProgress measure(const Milestone& milestone, const QList<Activity>& activities,
                                     std::optional<CoachingStyle> style, const QDateTime& now);

private:
    const PathDefinition& m_definition;
    const Clock& m_clock;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<PathRepository> m_path;
    std::unique_ptr<ProfileChecklistRepository> m_checklist;
};

} // namespace Podium::Core
