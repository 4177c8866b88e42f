#pragma once

#include "path/coaching_style.h"
#include "path/milestone.h"
#include "path/path_progress.h"

#include <QCoreApplication>

namespace Podium::Core {
class PathDefinition;
}

namespace Podium::Ui {

/// Translated text for the onboarding path. The path definition is data with English titles; the UI shows
/// these instead, by milestone id and tier number, and falls back to the definition's text for ids it
/// does not know (a newer definition than this build).
class PathText
{
    Q_DECLARE_TR_FUNCTIONS(PathText)

public:
    static QString tierTitle(const Core::PathTier& tier);
    static QString tierDescription(const Core::PathTier& tier);
    static QString milestoneTitle(const Core::Milestone& milestone);
    static QString milestoneDescription(const Core::Milestone& milestone);
    /// The milestone's title when the definition knows the id, otherwise the id itself.
    static QString milestoneTitle(const Core::PathDefinition& definition, const QString& milestoneId);
    /// One of the path's generic profile items ("photo"); a trainer's own items are shown as written.
    static QString profileItem(const QString& item);
    static QString coachingStyle(Core::CoachingStyle style);
    static QString coachingStyleHelp(Core::CoachingStyle style);
    static QString track(Core::Track track);
    /// How far the milestone's targets are: "2 of 3 status updates in the last 14 days".
    static QString targets(const Core::MilestoneProgress& progress);

private:
    static QString target(const Core::TargetProgress& target);
};

} // namespace Podium::Ui
