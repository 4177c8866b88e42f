#pragma once

#include "activity_kind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Podium::Core {

/// So many activities of one kind: "10 likes".
struct ActivityTarget
{
    ActivityKind kind = ActivityKind::Status;
    int count = 1;
};

/// What meets a milestone, in the small vocabulary the path definition speaks.
struct MilestoneCriteria
{
    enum class Type
    {
        /// Every target reached within one window of `windowDays` (or ever, when it is 0).
        Activity,
        /// Every item of `checklistItems` ticked off.
        Checklist,
    };

    Type type = Type::Activity;
    QList<ActivityTarget> targets;
    /// 0: no window, the activities may be spread over any time.
    int windowDays = 0;
    /// The least share of the window's likes, comments and replies that must be on non-executives' posts.
    double minNonExecutiveShare = 0.0;
    QStringList checklistItems;
};

/// One step of the onboarding path. The title and description are English fallbacks: the UI translates by id.
struct Milestone
{
    QString id;
    int tier = 1;
    /// Required milestones open the next tier; the others are extras.
    bool required = true;
    QString title;
    QString description;
    MilestoneCriteria criteria;
    /// The guides that teach it, the most general first.
    QStringList guideIds;
};

/// One tier of the path; its number is its position, from 1.
struct PathTier
{
    int number = 1;
    QString id;
    QString title;
    QString description;
};

} // namespace Podium::Core
