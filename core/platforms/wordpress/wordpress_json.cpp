#include "wordpress_json.h"

#include "html_text.h"
#include "wordpress_remote_id.h"

#include <QJsonDocument>

namespace Podium::Core {

namespace {

Result<QJsonDocument> parse(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString start = QString::fromUtf8(body.left(80)).simplified();
        return Error{
            ErrorCode::PlatformBadResponse,
            QStringLiteral("WordPress sent something that is not JSON (%1): %2").arg(parseError.errorString(), start)};
    }
    return document;
}

QString idOf(const QJsonValue& value)
{
    const qint64 number = value.toInteger(-1);
    return number > 0 ? QString::number(number) : QString();
}

QUrl linkOf(const QJsonObject& object)
{
    return QUrl(object.value(QLatin1String("link")).toString());
}

} // namespace

Result<QJsonObject> WordPressJson::object(const QByteArray& body)
{
    auto document = parse(body);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error{ErrorCode::PlatformBadResponse, QStringLiteral("WordPress sent JSON that is not an object")};
    return document->object();
}

Result<QJsonArray> WordPressJson::array(const QByteArray& body)
{
    auto document = parse(body);
    if (!document)
        return document.error();
    if (!document->isArray())
        return Error{ErrorCode::PlatformBadResponse, QStringLiteral("WordPress sent JSON that is not a list")};
    return document->array();
}

QString WordPressJson::errorCode(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    return error.value(QLatin1String("code")).toString();
}

QString WordPressJson::errorMessage(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    QString message = HtmlText::toPlainText(error.value(QLatin1String("message")).toString());
    // rest_invalid_param names the parameters in `message` and says what is wrong with each in `params`.
    const QJsonObject params = error.value(QLatin1String("data")).toObject().value(QLatin1String("params")).toObject();
    QStringList reasons;
    for (auto it = params.begin(); it != params.end(); ++it)
        reasons.append(HtmlText::toPlainText(it.value().toString()));
    reasons.removeAll(QString());
    if (!reasons.isEmpty())
        message += QStringLiteral(" (") + reasons.join(QStringLiteral("; ")) + QLatin1Char(')');
    return message;
}

bool WordPressJson::refusedParameter(const QByteArray& body)
{
    const QJsonObject details = QJsonDocument::fromJson(body)
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("details"))
                                    .toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        const int status =
            it.value().toObject().value(QLatin1String("data")).toObject().value(QLatin1String("status")).toInt();
        if (status == 401 || status == 403)
            return true;
    }
    return false;
}

QDateTime WordPressJson::dateGmt(const QJsonValue& value)
{
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!instant.isValid())
        return {};
    instant.setTimeSpec(Qt::UTC);
    return instant;
}

QString WordPressJson::toDateGmt(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Result<RemotePost> WordPressJson::post(const QJsonObject& post)
{
    const QString id = idOf(post.value(QLatin1String("id")));
    const QString status = post.value(QLatin1String("status")).toString();
    if (id.isEmpty() || status.isEmpty())
        return Error{ErrorCode::PlatformBadResponse, QStringLiteral("WordPress sent a post without id or status")};
    RemotePost remote;
    remote.remoteId = id;
    remote.publishedAt = dateGmt(post.value(QLatin1String("date_gmt")));
    if (status == QLatin1String("publish") || status == QLatin1String("private")) {
        remote.state = RemotePost::State::Live;
        remote.url = linkOf(post);
        return remote;
    }
    if (status == QLatin1String("future")) {
        remote.state = RemotePost::State::ScheduledOnServer;
        return remote;
    }
    if (status == QLatin1String("trash"))
        return Error{ErrorCode::PlatformTargetNotFound, QStringLiteral("Post %1 is in the WordPress trash").arg(id)};
    return Error{
        ErrorCode::PlatformRejected,
        QStringLiteral("WordPress holds post %1 as %2, not public: publish or delete it there").arg(id, status)};
}

Result<RemotePost> WordPressJson::comment(const QJsonObject& comment)
{
    const QString id = idOf(comment.value(QLatin1String("id")));
    const QString status = comment.value(QLatin1String("status")).toString();
    if (id.isEmpty())
        return Error{ErrorCode::PlatformBadResponse, QStringLiteral("WordPress sent a comment without id")};
    if (status == QLatin1String("spam") || status == QLatin1String("trash"))
        return Error{ErrorCode::PlatformTargetNotFound,
                     QStringLiteral("WordPress put comment %1 in %2").arg(id, status)};
    RemotePost remote;
    remote.remoteId = WordPressRemoteId::forComment(id.toLongLong());
    // A comment held for moderation is accepted, and public once approved: there is nothing to retry.
    remote.state = RemotePost::State::Live;
    remote.url = linkOf(comment);
    remote.publishedAt = dateGmt(comment.value(QLatin1String("date_gmt")));
    return remote;
}

AccountIdentity WordPressJson::user(const QJsonObject& user)
{
    AccountIdentity identity;
    identity.remoteId = idOf(user.value(QLatin1String("id")));
    const QString username = user.value(QLatin1String("username")).toString();
    identity.handle = username.isEmpty() ? user.value(QLatin1String("slug")).toString() : username;
    identity.displayName = HtmlText::decodeEntities(user.value(QLatin1String("name")).toString());
    identity.profileUrl = linkOf(user);
    return identity;
}

FeedItem WordPressJson::feedItem(const QJsonObject& post)
{
    FeedItem item;
    item.remoteId = idOf(post.value(QLatin1String("id")));
    item.authorId = idOf(post.value(QLatin1String("author")));
    const QJsonObject author =
        post.value(QLatin1String("_embedded")).toObject().value(QLatin1String("author")).toArray().at(0).toObject();
    item.authorName = HtmlText::decodeEntities(author.value(QLatin1String("name")).toString());
    item.authorHandle = author.value(QLatin1String("slug")).toString();
    const QString title = HtmlText::toPlainText(rawOrRendered(post.value(QLatin1String("title"))));
    const QString excerpt = HtmlText::toPlainText(
        post.value(QLatin1String("excerpt")).toObject().value(QLatin1String("rendered")).toString());
    item.text = excerpt.isEmpty() ? title : title + QStringLiteral("\n\n") + excerpt;
    item.createdAt = dateGmt(post.value(QLatin1String("date_gmt")));
    item.url = linkOf(post);
    return item;
}

QString WordPressJson::rawOrRendered(const QJsonValue& field)
{
    const QJsonObject object = field.toObject();
    const QJsonValue raw = object.value(QLatin1String("raw"));
    return raw.isString() ? raw.toString() : object.value(QLatin1String("rendered")).toString();
}

} // namespace Podium::Core
