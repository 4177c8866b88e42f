#include "schedule_editor.h"

#include "common/clock.h"
#include "common/wall_time.h"
#include "time_zone_combo_box.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

QString offsetName(const QDateTime& instant)
{
    return instant.timeZoneAbbreviation();
}

} // namespace

ScheduleEditor::ScheduleEditor(const Core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("scheduleEditor"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_now = new QRadioButton(tr("As soon as possible"), this);
    m_at = new QRadioButton(tr("At"), this);
    m_now->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_at);
    layout->addWidget(m_now, 0, 0, 1, 3);
    layout->addWidget(m_at, 1, 0);
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("scheduleTime"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setAccessibleName(tr("Date and time"));
    layout->addWidget(m_when, 1, 1);
    m_zone = new TimeZoneComboBox(this);
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_zone->setAccessibleName(tr("Time zone of the chosen time"));
    layout->addWidget(m_zone, 1, 2);
    layout->setColumnStretch(2, 1);

    m_choices = new QWidget(this);
    m_choices->setObjectName(QStringLiteral("dstChoices"));
    m_choiceLayout = new QVBoxLayout(m_choices);
    m_choiceLayout->setContentsMargins(0, 4, 0, 4);
    m_choiceText = new QLabel(m_choices);
    m_choiceText->setObjectName(QStringLiteral("warningText"));
    m_choiceText->setWordWrap(true);
    m_choiceLayout->addWidget(m_choiceText);
    m_choiceGroup = new QButtonGroup(this);
    layout->addWidget(m_choices, 2, 0, 1, 3);

    m_zones = new QLabel(this);
    m_zones->setObjectName(QStringLiteral("zoneStrip"));
    m_zones->setTextFormat(Qt::RichText);
    m_zones->setWordWrap(true);
    layout->addWidget(m_zones, 3, 0, 1, 3);
    auto* audienceLabel = new QLabel(tr("Audience in"), this);
    layout->addWidget(audienceLabel, 4, 0);
    m_audience = new TimeZoneComboBox(this);
    m_audience->setObjectName(QStringLiteral("audienceZone"));
    audienceLabel->setBuddy(m_audience);
    layout->addWidget(m_audience, 4, 1, 1, 2);

    connect(m_now, &QRadioButton::toggled, this, &ScheduleEditor::refresh);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ScheduleEditor::refresh);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ScheduleEditor::refresh);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ScheduleEditor::refresh);
    connect(m_choiceGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            Q_EMIT changed();
    });
    refresh();
}

void ScheduleEditor::setPeople(const QString& executiveName, const QString& executiveZone, const QString& myZone)
{
    m_executiveName = executiveName;
    m_executiveZone = executiveZone;
    m_myZone = myZone;
    if (m_zone->zoneId().isEmpty() || m_now->isChecked()) {
        m_zone->setZoneId(executiveZone);
        // Offered when the person switches to "At": the next whole hour where the executive is, the most
        // common choice and never in the past.
        const QDateTime local = m_clock.now().toTimeZone(QTimeZone(executiveZone.toUtf8())).addSecs(3600);
        m_when->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), 0)));
    }
    // The executive's colleagues are most often where the executive is; the person can pick another zone.
    m_audience->setZoneId(executiveZone);
    refresh();
}

void ScheduleEditor::setAudienceZone(const QString& zone)
{
    m_audience->setZoneId(zone);
}

QString ScheduleEditor::audienceZone() const
{
    return m_audience->zoneId();
}

void ScheduleEditor::setSchedule(const QDateTime& instant, const QString& zone)
{
    if (!instant.isValid()) {
        m_now->setChecked(true);
        return;
    }
    m_zone->setZoneId(zone.isEmpty() ? m_executiveZone : zone);
    const QDateTime local = instant.toTimeZone(QTimeZone(m_zone->zoneId().toUtf8()));
    m_when->setDateTime(QDateTime(local.date(), local.time()));
    m_at->setChecked(true);
    refresh();
    // A stored instant in an overlap is one of its two readings: pick that one again.
    for (QAbstractButton* button : m_choiceGroup->buttons())
        if (m_candidates.value(m_choiceGroup->id(button)) == instant)
            button->setChecked(true);
}

bool ScheduleEditor::isAsSoonAsPossible() const
{
    return m_now->isChecked();
}

QString ScheduleEditor::zoneId() const
{
    return m_zone->zoneId();
}

Core::Result<QDateTime> ScheduleEditor::instant() const
{
    if (m_now->isChecked())
        return QDateTime();
    QDateTime chosen;
    if (m_candidates.size() == 1) {
        chosen = m_candidates.first();
    } else {
        const int picked = m_choiceGroup->checkedId();
        if (picked < 0 || picked >= m_candidates.size())
            return Core::Error{m_candidates.isEmpty() ? Core::ErrorCode::PostTimeInvalid
                               : m_inGap              ? Core::ErrorCode::TimeInDstGap
                                                      : Core::ErrorCode::TimeAmbiguous,
                               m_when->dateTime().toString(Qt::ISODate)};
        chosen = m_candidates.at(picked);
    }
    if (chosen < m_clock.now())
        return Core::Error{Core::ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};
    return chosen.toUTC();
}

void ScheduleEditor::refresh()
{
    const bool at = m_at->isChecked();
    m_when->setEnabled(at);
    m_zone->setEnabled(at);
    for (QAbstractButton* button : m_choiceGroup->buttons()) {
        m_choiceGroup->removeButton(button);
        button->deleteLater();
    }
    m_candidates.clear();
    const QTimeZone zone(m_zone->zoneId().toUtf8());
    const QDateTime typed = m_when->dateTime();
    m_inGap = false;
    if (at && zone.isValid()) {
        const Core::WallTime wall(typed.date(), typed.time(), zone);
        m_candidates = wall.instants();
        if (m_candidates.isEmpty()) {
            m_inGap = true;
            m_candidates = wall.gapChoices();
        }
    }
    const bool choose = m_candidates.size() > 1;
    m_choices->setVisible(choose);
    if (choose) {
        const QLocale locale;
        const QString wall = locale.toString(typed.time(), QLocale::ShortFormat);
        m_choiceText->setText(
            m_inGap ? tr("%1 does not exist on %2 in %3: the clocks go forward. Choose:")
                          .arg(wall, locale.toString(typed.date(), QLocale::ShortFormat), m_zone->zoneId())
                    : tr("%1 happens twice on %2 in %3: the clocks go back. Choose:")
                          .arg(wall, locale.toString(typed.date(), QLocale::ShortFormat), m_zone->zoneId()));
        for (int i = 0; i < m_candidates.size(); ++i) {
            const QDateTime local = m_candidates.at(i).toTimeZone(zone);
            auto* option = new QRadioButton(
                tr("%1 (%2)").arg(locale.toString(local.time(), QLocale::ShortFormat), offsetName(local)), m_choices);
            m_choiceGroup->addButton(option, i);
            m_choiceLayout->addWidget(option);
        }
    }

    const QDateTime shown = at ? (m_candidates.isEmpty() ? QDateTime() : m_candidates.first()) : m_clock.now();
    QStringList lines;
    if (shown.isValid()) {
        if (!m_executiveZone.isEmpty())
            lines << zoneLine(m_executiveName, m_executiveZone, shown);
        if (!m_myZone.isEmpty() && m_myZone != m_executiveZone)
            lines << zoneLine(tr("You"), m_myZone, shown);
        if (!m_audience->zoneId().isEmpty())
            lines << zoneLine(tr("Audience"), m_audience->zoneId(), shown);
    }
    m_zones->setText(at ? lines.join(QStringLiteral("<br>")) : QString());
    m_zones->setVisible(at);
    Q_EMIT changed();
}

QString ScheduleEditor::zoneLine(const QString& who, const QString& zone, const QDateTime& instant) const
{
    const QDateTime local = instant.toTimeZone(QTimeZone(zone.toUtf8()));
    return QStringLiteral("<b>%1</b>: %2 <span style='color:#5d6d7e'>(%3)</span>")
        .arg(who.toHtmlEscaped(), QLocale().toString(local, QStringLiteral("ddd d MMM, HH:mm")).toHtmlEscaped(),
             zone.toHtmlEscaped());
}

} // namespace Podium::Ui
