#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Podium::Core {

/// A wall-clock time in a named zone, resolved to instants explicitly: a time the clocks skip (a DST gap)
/// or pass twice (a DST overlap) is never silently moved, so a person chooses.
class WallTime
{
public:
    WallTime(QDate date, QTime time, QTimeZone zone);

    /// Every instant that shows this wall time in the zone: one normally, none in a gap, two in an overlap.
    QList<QDateTime> instants() const;
    /// For a time in a gap: the two valid instants offered instead (the moment the clocks change, and the
    /// same wall time read with the offset from before the change, i.e. later by the gap's length).
    QList<QDateTime> gapChoices() const;
    /// The single instant, or TimeInDstGap / TimeAmbiguous with the choices (ISO 8601, local) in the detail.
    Result<QDateTime> resolve() const;

    /// Parses "2026-03-29T02:30" or "2026-03-29 02:30" in `zoneId`; TimeZoneUnknown or PostTimeInvalid.
    static Result<QDateTime> parse(const QString& text, const QString& zoneId);

private:
    QDateTime asIfUtc() const;
    QList<int> nearbyOffsets() const;

    QDate m_date;
    QTime m_time;
    QTimeZone m_zone;
};

} // namespace Podium::Core
