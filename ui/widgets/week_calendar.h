#pragma once

#include <QDate>
#include <QList>
#include <QRect>
#include <QWidget>

class QAbstractItemModel;

namespace Podium::Ui {

/// A week at a glance: seven day columns, each post a card at its time, coloured by its state. Reads a
/// WeekModel-shaped model (day, time and state roles); a click on a card opens that post.
class WeekCalendar : public QWidget
{
    Q_OBJECT

public:
    explicit WeekCalendar(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    void setWeek(QDate monday, QDate today);
    /// Whether cards name the executive (for a delegate working for several).
    void setShowAuthors(bool show);
    /// The card's rectangle for a post, for tests and accessibility; empty when it is not shown.
    QRect cardRect(const QString& postId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void postActivated(const QString& postId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Card
    {
        QRect rect;
        int row = 0;
    };
    void relayout();
    int columnWidth() const;

    QAbstractItemModel* m_model = nullptr;
    QDate m_monday;
    QDate m_today;
    QList<Card> m_cards;
    int m_contentHeight = 0;
    bool m_showAuthors = true;
};

} // namespace Podium::Ui
