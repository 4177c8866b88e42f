#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Podium::Core {

/// An account as the Mastodon client API describes it (the fields Podium reads).
struct MastodonAccount
{
    QString id;
    QString username;
    /// "name" for a local account, "name@domain" for a remote one.
    QString acct;
    QString displayName;
    QUrl url;
};

/// A Status as the Mastodon client API describes it (the fields Podium reads).
struct MastodonStatus
{
    QString id;
    QUrl url;
    QDateTime createdAt;
    /// The rendered HTML.
    QString content;
    /// The source text where the server sends it (snac always does, Mastodon only after an edit or delete).
    QString text;
    QString inReplyToId;
    MastodonAccount account;
    int favouritesCount = 0;
    int repliesCount = 0;
    int reblogsCount = 0;
    bool favourited = false;
};

/// A status the server holds until its time (what Mastodon returns for a post with scheduled_at).
struct MastodonScheduledStatus
{
    QString id;
    QDateTime scheduledAt;
    /// params.text: the text that will be published.
    QString text;
    QString inReplyToId;
};

} // namespace Podium::Core
