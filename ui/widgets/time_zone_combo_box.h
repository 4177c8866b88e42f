#pragma once

#include <QComboBox>

namespace Podium::Ui {

/// Picks an IANA time zone; type to search ("berl" finds Europe/Berlin). Shows the current UTC offset.
class TimeZoneComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneComboBox(QWidget* parent = nullptr);

    QString zoneId() const;
    void setZoneId(const QString& zoneId);
};

} // namespace Podium::Ui
