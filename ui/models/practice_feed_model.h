#pragma once

#include "platforms/feed_item.h"

#include <QAbstractListModel>
#include <QList>

namespace Podium::Core {
class Clock;
}

namespace Podium::Ui {

/// The practice sandbox's feed, newest first: one row per colleague's post, with whether I liked it and
/// follow its author. The page fetches; this only holds what was fetched and what I did since.
class PracticeFeedModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        PostIdRole = Qt::UserRole + 1,
        AuthorIdRole,
        AuthorNameRole,
        /// "Support Team Lead · Customer Support"
        AuthorRoleRole,
        AuthorIsExecutiveRole,
        TextRole,
        CreatedAtRole,
        /// "2 hours ago", from the clock
        AgeRole,
        LikesRole,
        RepliesRole,
        LikedRole,
        FollowingRole,
    };

    explicit PracticeFeedModel(const Core::Clock& clock, QObject* parent = nullptr);

    void setItems(const QList<Core::FeedItem>& items);
    const Core::FeedItem& item(int row) const { return m_items.at(row); }
    /// -1 when the feed has no such post.
    int rowOf(const QString& postId) const;
    /// The network confirmed my like: the heart fills and the count goes up once.
    void markLiked(const QString& postId);
    /// Every post by the author shows that I follow them.
    void markFollowing(const QString& authorId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "5 minutes ago", "3 hours ago", or the date for older posts.
    static QString age(const QDateTime& then, const QDateTime& now);

private:
    void changed(int row);

    const Core::Clock& m_clock;
    QList<Core::FeedItem> m_items;
};

} // namespace Podium::Ui
