#include "wall_time.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Podium::Core {

namespace {

QString localText(const QDateTime& instant, const QTimeZone& zone)
{
    return instant.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

WallTime::WallTime(QDate date, QTime time, QTimeZone zone)
    : m_date(date)
    , m_time(time)
    , m_zone(std::move(zone))
{}

QDateTime WallTime::asIfUtc() const
{
    return QDateTime(m_date, m_time, Qt::UTC);
}

QList<int> WallTime::nearbyOffsets() const
{
    // Transitions are far more than two days apart in every zone, so the offsets in force a day either side
    // are the only ones this wall time can mean.
    QList<int> offsets;
    for (const int hours : {-36, 0, 36}) {
        const int offset = m_zone.offsetFromUtc(asIfUtc().addSecs(hours * 3600));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    return offsets;
}

QList<QDateTime> WallTime::instants() const
{
    QList<QDateTime> result;
    for (const int offset : nearbyOffsets()) {
        const QDateTime candidate = asIfUtc().addSecs(-offset);
        if (m_zone.offsetFromUtc(candidate) == offset && !result.contains(candidate))
            result.append(candidate);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<QDateTime> WallTime::gapChoices() const
{
    if (!instants().isEmpty())
        return {};
    // Read with the offset before the change, the wall time lands after the gap, later by its length; the
    // transition itself is the first valid moment.
    const QTimeZone::OffsetData before = m_zone.previousTransition(asIfUtc().addSecs(36 * 3600));
    QList<QDateTime> choices;
    if (before.atUtc.isValid())
        choices.append(before.atUtc.toUTC());
    for (const int offset : nearbyOffsets()) {
        const QDateTime candidate = asIfUtc().addSecs(-offset);
        if (candidate > before.atUtc && !choices.contains(candidate)) {
            choices.append(candidate);
            break;
        }
    }
    std::sort(choices.begin(), choices.end());
    return choices;
}

Result<QDateTime> WallTime::resolve() const
{
    const QList<QDateTime> found = instants();
    if (found.size() == 1)
        return found.first().toUTC();
    QStringList choices;
    for (const QDateTime& choice : found.isEmpty() ? gapChoices() : found)
        choices.append(localText(choice, m_zone));
    return Error{found.isEmpty() ? ErrorCode::TimeInDstGap : ErrorCode::TimeAmbiguous,
                 choices.join(QStringLiteral(" or "))};
}

Result<QDateTime> WallTime::parse(const QString& text, const QString& zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return Error{ErrorCode::TimeZoneUnknown, zoneId};
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error{ErrorCode::PostTimeInvalid, text};
    // An explicit offset or Z names the instant already; only a bare wall time needs the zone.
    if (match.capturedLength(3) > 0) {
        const QDateTime instant = QDateTime::fromString(
            match.captured(1) + QLatin1Char('T') + match.captured(2) + match.captured(3), Qt::ISODate);
        if (!instant.isValid())
            return Error{ErrorCode::PostTimeInvalid, text};
        return instant.toUTC();
    }
    // Date and time are read apart: read together as local time, Qt would move a time in the machine's own
    // DST gap before we could see it.
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return Error{ErrorCode::PostTimeInvalid, text};
    return WallTime(date, time, zone).resolve();
}

} // namespace Podium::Core
