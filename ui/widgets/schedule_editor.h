#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace Podium::Core {
class Clock;
}

namespace Podium::Ui {

class TimeZoneComboBox;

/// When a post goes out: as soon as possible, or a wall time in a zone, shown at once in the executive's,
/// the delegate's and the audience's zones. A time the clocks skip or pass twice is never guessed: the
/// person picks one of the real instants offered.
class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEditor(const Core::Clock& clock, QWidget* parent = nullptr);

    /// Whose zones to show beside the chosen time.
    void setPeople(const QString& executiveName, const QString& executiveZone, const QString& myZone);
    void setAudienceZone(const QString& zone);
    QString audienceZone() const;
    /// Shows a stored time (invalid: as soon as possible) in the zone it was chosen in.
    void setSchedule(const QDateTime& instant, const QString& zone);

    bool isAsSoonAsPossible() const;
    /// The chosen instant (invalid for as soon as possible), or TimeInDstGap / TimeAmbiguous while the person
    /// has not picked between the choices, or PostTimeInvalid for a time in the past.
    Core::Result<QDateTime> instant() const;
    QString zoneId() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();
    QString zoneLine(const QString& who, const QString& zone, const QDateTime& instant) const;

    const Core::Clock& m_clock;
    QRadioButton* m_now = nullptr;
    QRadioButton* m_at = nullptr;
    QDateTimeEdit* m_when = nullptr;
    TimeZoneComboBox* m_zone = nullptr;
    TimeZoneComboBox* m_audience = nullptr;
    QLabel* m_zones = nullptr;
    QLabel* m_choiceText = nullptr;
    QWidget* m_choices = nullptr;
    QVBoxLayout* m_choiceLayout = nullptr;
    QButtonGroup* m_choiceGroup = nullptr;
    QList<QDateTime> m_candidates;
    /// The typed time falls in a gap, so the candidates are the offered replacements.
    bool m_inGap = false;
    QString m_executiveName;
    QString m_executiveZone;
    QString m_myZone;
};

} // namespace Podium::Ui
