#pragma once

#include "coaching/suggestion.h"
#include "posts/post_kind.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Podium::Core {

/// What the easy button opens.
enum class NextStepKind
{
    /// The composer, with a PostKind and an idea.
    Compose,
    /// A step-by-step guide.
    OpenGuide,
    /// The weekly routine: liking, commenting and following in the colleagues' feed.
    WeeklyRoutine,
    /// The profile checklist, to tick what is done.
    ProfileChecklist,
    /// The posts a delegate prepared that wait for the executive.
    ReviewApprovals,
};

/// The stable name printed by `--json`, e.g. "open-guide".
QString nextStepKindName(NextStepKind kind);

/// One thing to do now. The title is an English fallback: the UI translates by id.
struct NextStep
{
    /// Stable across runs, "<what>:<milestone or topic>", e.g. "compose:first-status-update".
    QString id;
    NextStepKind kind = NextStepKind::Compose;
    /// The milestone it moves forward; empty for steps that serve no single milestone.
    QString milestoneId;
    /// The guide to open, or the one that explains the step; empty when there is none.
    QString guideId;
    /// For Compose: what to write, whether to schedule it ahead, and an idea to start from.
    PostKind postKind = PostKind::Status;
    bool scheduleAhead = false;
    std::optional<Suggestion> suggestion;
    QString title;
    /// For a person who wants reminders: when to remind them of it; invalid otherwise.
    QDateTime remindAt;
};

/// The easy button's answer: one thing to do now, and at most three others for today.
struct NextSteps
{
    NextStep primary;
    QList<NextStep> others;
};

} // namespace Podium::Core
