#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace Podium::Ui {

/// Paints a post of the practice feed as a card (author, role, age, text) with Like, Comment and Follow
/// buttons on it, and reports which button was clicked. Painted rather than built from widgets, so a long
/// feed stays one light view over the model.
class PracticePostDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Action
    {
        Like,
        Comment,
        Follow,
    };
    Q_ENUM(Action)

    /// Cards are as wide as `view`'s viewport; the view should re-lay out on resize (QListView::Adjust).
    explicit PracticePostDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    /// Where the button is inside the view's viewport, for the row at `index`.
    QRect actionRect(const QModelIndex& index, Action action) const;
    /// The button's label for this post: "Like · 12", "Following".
    static QString actionText(const QModelIndex& index, Action action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void actionTriggered(const QModelIndex& index, Podium::Ui::PracticePostDelegate::Action action);

private:
    struct Card;
    Card layout(const QRect& rect, const QFont& font, const QModelIndex& index) const;
    int cardWidth() const;

    QAbstractItemView* m_view;
    QPersistentModelIndex m_hovered;
    int m_hoveredAction = -1;
};

} // namespace Podium::Ui
