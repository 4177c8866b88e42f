#include "practice_feed_model.h"

#include "common/clock.h"

#include <QLocale>

namespace Podium::Ui {

PracticeFeedModel::PracticeFeedModel(const Core::Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

void PracticeFeedModel::setItems(const QList<Core::FeedItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int PracticeFeedModel::rowOf(const QString& postId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).remoteId == postId)
            return row;
    return -1;
}

void PracticeFeedModel::markLiked(const QString& postId)
{
    const int row = rowOf(postId);
    if (row < 0 || m_items.at(row).likedByMe)
        return;
    Core::FeedItem& item = m_items[row];
    item.likedByMe = true;
    ++item.likes;
    changed(row);
}

void PracticeFeedModel::markFollowing(const QString& authorId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Core::FeedItem& item = m_items[row];
        if (item.authorId == authorId && !item.followingAuthor) {
            item.followingAuthor = true;
            changed(row);
        }
    }
}

void PracticeFeedModel::changed(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}

int PracticeFeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PracticeFeedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::FeedItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.text;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        // Screen readers get the whole card in one sentence; the painted card has no child widgets.
        return QString(tr("%1, %2, %3: %4. Likes: %5")
                           .arg(item.authorName, data(index, AuthorRoleRole).toString(),
                                age(item.createdAt, m_clock.now()), item.text, QString::number(item.likes)) +
                       (item.likedByMe ? tr(", liked by you") : QString()));
    case PostIdRole:
        return item.remoteId;
    case AuthorIdRole:
        return item.authorId;
    case AuthorNameRole:
        return item.authorName;
    case AuthorRoleRole:
        if (item.authorDepartment.isEmpty())
            return item.authorTitle;
        if (item.authorTitle.isEmpty())
            return item.authorDepartment;
        return tr("%1 · %2", "job title · department").arg(item.authorTitle, item.authorDepartment);
    case AuthorIsExecutiveRole:
        return item.authorIsExecutive;
    case TextRole:
        return item.text;
    case CreatedAtRole:
        return item.createdAt;
    case AgeRole:
        return age(item.createdAt, m_clock.now());
    case LikesRole:
        return item.likes;
    case RepliesRole:
        return item.replies;
    case LikedRole:
        return item.likedByMe;
    case FollowingRole:
        return item.followingAuthor;
    default:
        return {};
    }
}

QHash<int, QByteArray> PracticeFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorRoleRole, "authorRole");
    names.insert(AuthorIsExecutiveRole, "authorIsExecutive");
    names.insert(TextRole, "text");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(AgeRole, "age");
    names.insert(LikesRole, "likes");
    names.insert(RepliesRole, "replies");
    names.insert(LikedRole, "liked");
    names.insert(FollowingRole, "following");
    return names;
}

QString PracticeFeedModel::age(const QDateTime& then, const QDateTime& now)
{
    // Singular and plural spelled out: Podium ships no English plural forms for tr()'s %n.
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    if (hours < 24)
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    if (days < 7)
        return days == 1 ? tr("yesterday") : tr("%1 days ago").arg(days);
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace Podium::Ui
