#pragma once

#include "practice_plan_item.h"

#include <QList>
#include <QString>

namespace Podium::Core {

/// What a trainer asks for when starting a practice session.
struct PracticeSessionRequest
{
    QString executiveId;
    /// In the order the trainer wants to cover them; none is done yet.
    QList<PracticePlanItem> plan;
    /// The length the timer counts down from.
    int plannedMinutes = 45;
};

} // namespace Podium::Core
