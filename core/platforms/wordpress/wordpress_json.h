#pragma once

#include "common/result.h"
#include "platforms/account_identity.h"
#include "platforms/feed_item.h"
#include "platforms/remote_post.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Podium::Core {

/// Decodes what the WordPress REST API sends: posts, comments, users and its error objects
/// `{"code","message","data":{"status"}}`.
class WordPressJson
{
public:
    /// The body as a JSON object or array; PlatformBadResponse for anything else (an HTML page, a PHP
    /// warning, a cut-off answer).
    static Result<QJsonObject> object(const QByteArray& body);
    static Result<QJsonArray> array(const QByteArray& body);

    /// The error's `code` ("rest_post_invalid_id"), empty when the body is not a WordPress error.
    static QString errorCode(const QByteArray& body);
    /// The error's `message` as plain text, followed by the reasons of each invalid parameter when WordPress
    /// lists them; empty when the body is not a WordPress error.
    static QString errorMessage(const QByteArray& body);

    /// True when an "invalid parameter" error says a parameter was refused for want of rights (a nested
    /// status of 401 or 403), as happens to requests whose credential WordPress did not accept.
    static bool refusedParameter(const QByteArray& body);

    /// WordPress's `date_gmt` ("2026-03-02T09:30:00", no zone) as a UTC instant.
    static QDateTime dateGmt(const QJsonValue& value);
    /// A date as WordPress expects it in `date_gmt`.
    static QString toDateGmt(const QDateTime& instant);

    /// A post (`context=edit`) as a RemotePost: publish and private are Live, future is ScheduledOnServer;
    /// trash is PlatformTargetNotFound and draft or pending PlatformRejected (nobody can read it).
    static Result<RemotePost> post(const QJsonObject& post);
    /// A comment as a RemotePost ("comment-<id>"): Live unless WordPress put it in spam or the trash.
    static Result<RemotePost> comment(const QJsonObject& comment);
    static AccountIdentity user(const QJsonObject& user);
    /// A post from `/wp/v2/posts?_embed=author`: title and excerpt as plain text, the author's name.
    static FeedItem feedItem(const QJsonObject& post);

    /// The `raw` text when present (`context=edit`), else the `rendered` HTML, of a field like `content`.
    static QString rawOrRendered(const QJsonValue& field);
};

} // namespace Podium::Core
