#include "practice_post_delegate.h"

#include "models/practice_feed_model.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <array>

namespace Podium::Ui {

namespace {

// The theme's card colours (ui/theme.cpp), needed here because a delegate paints without style sheets.
const QColor cardBorder(0xd5, 0xdd, 0xe6);
const QColor focusBorder(0x2e, 0x86, 0xde);
const QColor navy(0x1f, 0x4e, 0x79);
const QColor ink(0x1b, 0x2a, 0x3a);
const QColor hint(0x5d, 0x6d, 0x7e);
const QColor buttonBorder(0xc7, 0xd3, 0xdf);
const QColor hoverFill(0xee, 0xf5, 0xfd);
const QColor likedFill(0xfd, 0xec, 0xee);
const QColor likedInk(0xb0, 0x3a, 0x2e);
const QColor followingFill(0xe6, 0xf4, 0xec);
const QColor followingInk(0x1e, 0x7b, 0x4a);
const QColor chipFill(0xee, 0xf2, 0xf7);

constexpr int outerX = 2;
constexpr int outerY = 5;
constexpr int padding = 14;
constexpr int avatarSize = 38;
constexpr int gap = 10;
constexpr int actionCount = 3;

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString initials(const QString& name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString letters = words.first().left(1);
    if (words.size() > 1)
        letters += words.last().left(1);
    return letters.toUpper();
}

} // namespace

struct PracticePostDelegate::Card
{
    QRect frame;
    QRect avatar;
    QRect name;
    QRect chip;
    QRect role;
    QRect age;
    QRect text;
    std::array<QRect, actionCount> actions;
    QFont nameFont;
    QFont metaFont;
    QFont textFont;
    QFont actionFont;
    int height = 0;
};

PracticePostDelegate::PracticePostDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_view->setMouseTracking(true);
    // A hovered button must not stay lit once the pointer has left the feed.
    m_view->viewport()->installEventFilter(this);
}

bool PracticePostDelegate::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Leave && m_hoveredAction >= 0) {
        m_hovered = QPersistentModelIndex();
        m_hoveredAction = -1;
        m_view->viewport()->unsetCursor();
        m_view->viewport()->update();
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

int PracticePostDelegate::cardWidth() const
{
    return m_view->viewport()->width();
}

QString PracticePostDelegate::actionText(const QModelIndex& index, Action action)
{
    switch (action) {
    case Action::Like: {
        const int likes = index.data(PracticeFeedModel::LikesRole).toInt();
        return index.data(PracticeFeedModel::LikedRole).toBool() ? tr("\u2665 Liked · %1").arg(likes)
                                                                 : tr("\u2661 Like · %1").arg(likes);
    }
    case Action::Comment:
        return tr("Comment · %1").arg(index.data(PracticeFeedModel::RepliesRole).toInt());
    case Action::Follow:
        return index.data(PracticeFeedModel::FollowingRole).toBool() ? tr("\u2713 Following") : tr("+ Follow");
    }
    return {};
}

PracticePostDelegate::Card PracticePostDelegate::layout(const QRect& rect, const QFont& font,
                                                        const QModelIndex& index) const
{
    Card card;
    card.nameFont = scaled(font, 1.05, true);
    card.metaFont = scaled(font, 0.92);
    card.textFont = scaled(font, 1.05);
    card.actionFont = scaled(font, 0.95, true);
    const QFontMetrics nameMetrics(card.nameFont);
    const QFontMetrics metaMetrics(card.metaFont);
    const QFontMetrics textMetrics(card.textFont);
    const QFontMetrics actionMetrics(card.actionFont);

    card.frame = QRect(rect.left() + outerX, rect.top() + outerY, rect.width() - 2 * outerX, 0);
    const int left = card.frame.left() + padding;
    const int right = card.frame.right() - padding;
    int y = card.frame.top() + padding;
    card.avatar = QRect(left, y, avatarSize, avatarSize);
    const int column = left + avatarSize + gap;

    const QString age = index.data(PracticeFeedModel::AgeRole).toString();
    const int ageWidth = metaMetrics.horizontalAdvance(age);
    card.age =
        QRect(right - ageWidth, y + (nameMetrics.height() - metaMetrics.height()) / 2, ageWidth, metaMetrics.height());
    const int nameRoom = qMax(0, card.age.left() - gap - column);
    const QString name = index.data(PracticeFeedModel::AuthorNameRole).toString();
    card.name = QRect(column, y, qMin(nameRoom, nameMetrics.horizontalAdvance(name) + 1), nameMetrics.height());
    if (index.data(PracticeFeedModel::AuthorIsExecutiveRole).toBool()) {
        const int chipWidth = metaMetrics.horizontalAdvance(tr("Leadership")) + 12;
        if (card.name.right() + gap + chipWidth < card.age.left())
            card.chip = QRect(card.name.right() + 8, y + (nameMetrics.height() - metaMetrics.height() - 2) / 2,
                              chipWidth, metaMetrics.height() + 2);
    }
    card.role = QRect(column, card.name.bottom() + 2, right - column, metaMetrics.height());
    y = qMax(card.avatar.bottom(), card.role.bottom()) + 8;

    const QString text = index.data(PracticeFeedModel::TextRole).toString();
    const int textWidth = qMax(40, right - column);
    const QRect bounds = textMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, text);
    card.text = QRect(column, y, textWidth, bounds.height());
    y = card.text.bottom() + 12;

    int x = column;
    const int buttonHeight = actionMetrics.height() + 10;
    for (int action = 0; action < actionCount; ++action) {
        const int width = actionMetrics.horizontalAdvance(actionText(index, Action(action))) + 26;
        card.actions[size_t(action)] = QRect(x, y, width, buttonHeight);
        x += width + 8;
    }
    card.frame.setBottom(y + buttonHeight + padding - 1);
    card.height = card.frame.height() + 2 * outerY;
    return card;
}

QSize PracticePostDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = qMax(280, cardWidth());
    return {width, layout(QRect(0, 0, width, 0), option.font, index).height};
}

QRect PracticePostDelegate::actionRect(const QModelIndex& index, Action action) const
{
    return layout(m_view->visualRect(index), m_view->font(), index).actions[size_t(action)];
}

void PracticePostDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Card card = layout(option.rect, option.font, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool current = option.state & (QStyle::State_Selected | QStyle::State_HasFocus);
    painter->setPen(QPen(current ? focusBorder : cardBorder, current ? 1.6 : 1.0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(QRectF(card.frame).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);

    painter->setPen(Qt::NoPen);
    painter->setBrush(navy);
    painter->drawEllipse(card.avatar);
    painter->setPen(Qt::white);
    painter->setFont(scaled(option.font, 0.95, true));
    painter->drawText(card.avatar, Qt::AlignCenter, initials(index.data(PracticeFeedModel::AuthorNameRole).toString()));

    painter->setPen(ink);
    painter->setFont(card.nameFont);
    const QString name = index.data(PracticeFeedModel::AuthorNameRole).toString();
    painter->drawText(card.name, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(card.nameFont).elidedText(name, Qt::ElideRight, card.name.width()));
    painter->setFont(card.metaFont);
    if (!card.chip.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipFill);
        painter->drawRoundedRect(card.chip, 8, 8);
        painter->setPen(hint);
        painter->drawText(card.chip, Qt::AlignCenter, tr("Leadership"));
    }
    painter->setPen(hint);
    painter->drawText(card.age, Qt::AlignRight | Qt::AlignVCenter, index.data(PracticeFeedModel::AgeRole).toString());
    const QString role = index.data(PracticeFeedModel::AuthorRoleRole).toString();
    painter->drawText(card.role, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(card.metaFont).elidedText(role, Qt::ElideRight, card.role.width()));

    painter->setPen(ink);
    painter->setFont(card.textFont);
    painter->drawText(card.text, Qt::TextWordWrap, index.data(PracticeFeedModel::TextRole).toString());

    painter->setFont(card.actionFont);
    const bool liked = index.data(PracticeFeedModel::LikedRole).toBool();
    const bool following = index.data(PracticeFeedModel::FollowingRole).toBool();
    for (int action = 0; action < actionCount; ++action) {
        const QRect& button = card.actions[size_t(action)];
        const bool hovered = m_hovered == index && m_hoveredAction == action;
        QColor fill = hovered ? hoverFill : QColor(Qt::white);
        QColor border = buttonBorder;
        QColor text = navy;
        if (Action(action) == Action::Like && liked) {
            fill = likedFill;
            border = likedFill.darker(115);
            text = likedInk;
        } else if (Action(action) == Action::Follow && following) {
            fill = followingFill;
            border = followingFill.darker(115);
            text = followingInk;
        }
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), button.height() / 2.0,
                                 button.height() / 2.0);
        painter->setPen(text);
        painter->drawText(button, Qt::AlignCenter, actionText(index, Action(action)));
    }
    painter->restore();
}

bool PracticePostDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                       const QModelIndex& index)
{
    if (event->type() != QEvent::MouseMove && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const QPoint position = static_cast<QMouseEvent*>(event)->position().toPoint();
    const Card card = layout(option.rect, option.font, index);
    int hit = -1;
    for (int action = 0; action < actionCount; ++action)
        if (card.actions[size_t(action)].contains(position))
            hit = action;
    if (event->type() == QEvent::MouseMove) {
        if (m_hovered != index || m_hoveredAction != hit) {
            m_hovered = index;
            m_hoveredAction = hit;
            m_view->viewport()->setCursor(hit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            m_view->viewport()->update();
        }
        return false;
    }
    if (hit < 0 || static_cast<QMouseEvent*>(event)->button() != Qt::LeftButton)
        return false;
    Q_EMIT actionTriggered(index, Action(hit));
    return true;
}

} // namespace Podium::Ui
