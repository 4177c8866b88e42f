#include "time_zone_combo_box.h"

#include <QCompleter>
#include <QDateTime>
#include <QTimeZone>

namespace Podium::Ui {

TimeZoneComboBox::TimeZoneComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        // Only Area/City names: the bare abbreviations (EST, CET…) are ambiguous to people.
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QTimeZone zone(id);
        const QString offset = zone.displayName(now, QTimeZone::OffsetName);
        addItem(QStringLiteral("%1  (%2)").arg(QString::fromUtf8(id), offset), QString::fromUtf8(id));
    }
    addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setZoneId(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString TimeZoneComboBox::zoneId() const
{
    const int index = findText(currentText());
    if (index >= 0)
        return itemData(index).toString();
    // Typed by hand: take the id part so "Europe/Berlin" works without the offset suffix.
    return currentText().section(QLatin1Char(' '), 0, 0).trimmed();
}

void TimeZoneComboBox::setZoneId(const QString& zoneId)
{
    const int index = findData(zoneId);
    setCurrentIndex(index >= 0 ? index : findData(QStringLiteral("UTC")));
}

} // namespace Podium::Ui
