#include "week_calendar.h"

#include "models/week_model.h"
#include "state_palette.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Podium::Ui {

namespace {

constexpr int headerHeight = 44;
constexpr int cardHeight = 54;
constexpr int gap = 6;
constexpr int emptyDayHeight = 120;

} // namespace

WeekCalendar::WeekCalendar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekCalendar"));
    setAccessibleName(tr("Week calendar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void WeekCalendar::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(m_model, &QAbstractItemModel::modelReset, this, &WeekCalendar::relayout);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &WeekCalendar::relayout);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WeekCalendar::relayout);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WeekCalendar::relayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&WeekCalendar::update));
    relayout();
}

void WeekCalendar::setWeek(QDate monday, QDate today)
{
    m_monday = monday;
    m_today = today;
    relayout();
}

void WeekCalendar::setShowAuthors(bool show)
{
    m_showAuthors = show;
    update();
}

int WeekCalendar::columnWidth() const
{
    return qMax(60, (width() - gap) / 7);
}

void WeekCalendar::relayout()
{
    m_cards.clear();
    int perDay[7] = {};
    const int rows = m_model ? m_model->rowCount() : 0;
    const int column = columnWidth();
    int deepest = 0;
    // The model lists posts in time order, so stacking them per day keeps each column chronological.
    for (int row = 0; row < rows; ++row) {
        const int day = m_model->index(row, 0).data(WeekModel::DayRole).toInt();
        if (day < 0 || day > 6)
            continue;
        const int top = headerHeight + gap + perDay[day] * (cardHeight + gap);
        m_cards.append({QRect(gap + day * column, top, column - gap, cardHeight), row});
        deepest = qMax(deepest, ++perDay[day]);
    }
    m_contentHeight = headerHeight + gap + qMax(emptyDayHeight, deepest * (cardHeight + gap));
    updateGeometry();
    update();
}

QRect WeekCalendar::cardRect(const QString& postId) const
{
    for (const Card& card : m_cards)
        if (m_model->index(card.row, 0).data(WeekModel::PostIdRole).toString() == postId)
            return card.rect;
    return {};
}

QSize WeekCalendar::sizeHint() const
{
    return {7 * 130, m_contentHeight};
}

QSize WeekCalendar::minimumSizeHint() const
{
    return {7 * 60, m_contentHeight};
}

void WeekCalendar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WeekCalendar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int column = columnWidth();
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        const QRect columnRect(gap + day * column, 0, column - gap, height());
        const bool isToday = date == m_today;
        painter.fillRect(columnRect, isToday ? QColor(0xe8, 0xf1, 0xfb) : QColor(Qt::white));
        QFont heading = font();
        heading.setBold(true);
        painter.setFont(heading);
        painter.setPen(isToday ? QColor(0x1f, 0x4e, 0x79) : QColor(0x36, 0x49, 0x5c));
        painter.drawText(columnRect.adjusted(8, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                         locale.toString(date, QStringLiteral("ddd")) + QLatin1Char('\n') +
                             locale.toString(date, QStringLiteral("d MMM")));
    }
    const QFont normal = font();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (const Card& card : m_cards) {
        const QModelIndex index = m_model->index(card.row, 0);
        const auto state = Core::PostState(index.data(WeekModel::StateRole).toInt());
        QPainterPath path;
        path.addRoundedRect(card.rect, 6, 6);
        painter.fillPath(path, StatePalette::tint(state));
        painter.fillRect(QRect(card.rect.left(), card.rect.top() + 3, 4, card.rect.height() - 6),
                         StatePalette::accent(state));
        const QRect text = card.rect.adjusted(10, 4, -6, -4);
        painter.setPen(StatePalette::accent(state));
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        QString heading = index.data(WeekModel::TimeRole).toString();
        if (m_showAuthors)
            heading += QStringLiteral("  ") + index.data(WeekModel::AuthorNameRole).toString();
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(heading, Qt::ElideRight, text.width()));
        painter.setFont(normal);
        painter.setPen(QColor(0x1b, 0x2a, 0x3a));
        const QRect body = text.adjusted(0, painter.fontMetrics().height() + 2, 0, 0);
        painter.drawText(body, Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, body.width()));
    }
    if (m_cards.isEmpty()) {
        painter.setPen(QColor(0x5d, 0x6d, 0x7e));
        painter.drawText(rect().adjusted(0, headerHeight, 0, 0), Qt::AlignCenter, tr("Nothing planned this week."));
    }
}

void WeekCalendar::mousePressEvent(QMouseEvent* event)
{
    for (const Card& card : m_cards) {
        if (card.rect.contains(event->position().toPoint())) {
            Q_EMIT postActivated(m_model->index(card.row, 0).data(WeekModel::PostIdRole).toString());
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace Podium::Ui
