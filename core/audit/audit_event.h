#pragma once

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// One line of the append-only record: who did what, acting for whom, to which subject, when.
struct AuditEvent
{
    QString id;
    QDateTime occurredAt;
    /// The person who acted; empty for Podium itself (the publisher).
    QString actorId;
    /// The executive the actor acted for; empty when acting for themselves.
    QString actingForId;
    /// What happened, as a stable name such as "post.scheduled".
    QString action;
    QString subjectType;
    QString subjectId;
    /// Free text: the reason, the old and new state, or a diff.
    QString detail;
};

} // namespace Podium::Core
