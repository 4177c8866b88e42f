#pragma once

#include "people/person.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// What a trainer's dashboard shows about one executive. The path (tier, next milestone) is joined in by
/// the views from the path engine.
struct TrainerRosterRow
{
    Person executive;
    /// Finished practice sessions; cancelled ones do not count.
    int sessionsHeld = 0;
    /// When the last finished session started; invalid when none was held.
    QDateTime lastSessionAt;
    /// The session open now, or empty.
    QString openSessionId;
    int checklistDone = 0;
    int checklistTotal = 0;
    /// The latest change to one of their posts or like in the practice sandbox; invalid when none.
    QDateTime lastActivityAt;
};

} // namespace Podium::Core
