#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Podium::Core {

/// A colleague's post in the feed, as shown for the weekly routine of liking and commenting.
struct FeedItem
{
    QString remoteId;
    QString authorId;
    QString authorName;
    QString authorHandle;
    /// The author's job title where the network knows it (the practice sandbox does); used to favour
    /// ordinary employees over other executives.
    QString authorTitle;
    /// The author's department where the network knows it, so an executive sees who they reach.
    QString authorDepartment;
    bool authorIsExecutive = false;
    QString text;
    QDateTime createdAt;
    QUrl url;
    int likes = 0;
    int replies = 0;
    bool likedByMe = false;
    /// Whether this person already follows the author, where the network says (the practice sandbox does).
    bool followingAuthor = false;
};

/// One page of a feed and the cursor for the next (opaque: a Link header URL or an offset).
struct FeedPage
{
    QList<FeedItem> items;
    QString nextCursor;
};

/// Which page of the feed to fetch.
struct FeedRequest
{
    int limit = 20;
    /// Empty for the newest page; otherwise a FeedPage::nextCursor.
    QString cursor;
};

} // namespace Podium::Core
