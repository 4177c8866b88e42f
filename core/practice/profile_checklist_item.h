#pragma once

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// One thing to update on an executive's network profile (a photo, a headline), prepared by a trainer and
/// ticked off when done. It belongs to the executive, so it stays ticked from one session to the next.
struct ProfileChecklistItem
{
    QString id;
    QString executiveId;
    /// Order on the list, from 1.
    int position = 0;
    QString text;
    QString createdBy;
    QDateTime createdAt;
    /// Invalid while still to do.
    QDateTime tickedAt;
    QString tickedBy;

    bool isTicked() const { return tickedAt.isValid(); }
};

} // namespace Podium::Core
