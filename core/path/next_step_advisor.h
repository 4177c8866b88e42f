#pragma once

#include "next_step.h"
#include "path_definition.h"
#include "path_progress.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Podium::Core {

class SuggestionLibrary;

/// What besides the path shapes today's steps.
struct AdviceContext
{
    QDateTime now;
    /// The person's IANA zone, for a reminder at a sensible local hour.
    QString timeZone;
    /// Posts a delegate prepared that wait for this executive's approval.
    int approvalsWaiting = 0;
};

/// The easy button: from a person's path progress and coaching style, the one next thing to do and at most
/// three more for today.
class NextStepAdvisor
{
public:
    static constexpr int maxOthers = 3;
    /// The local time a person who needs reminders is reminded at.
    static constexpr int reminderHour = 8;
    static constexpr int reminderMinute = 30;

    NextStepAdvisor(const PathDefinition& definition, const SuggestionLibrary& suggestions);

    NextSteps advise(const PathProgress& progress, const AdviceContext& context) const;

private:
    /// The step that does the milestone's work.
    NextStep taskFor(const Milestone& milestone, const PathProgress& progress) const;
    std::optional<NextStep> guideFor(const Milestone& milestone) const;
    NextStep compose(const QString& id, const QString& milestoneId, PostKind kind, int tier,
                     const QString& title) const;
    static QDateTime reminderAfter(const QDateTime& now, const QString& timeZone);

    const PathDefinition& m_definition;
    const SuggestionLibrary& m_suggestions;
};

} // namespace Podium::Core
