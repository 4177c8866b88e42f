#include "mastodon_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Podium::Core {

namespace {

Error badShape(const QString& what)
{
    return Error{ErrorCode::PlatformBadResponse, QStringLiteral("unexpected %1 from the server").arg(what)};
}

int count(const QJsonValue& value)
{
    return value.isDouble() ? int(value.toInteger()) : 0;
}

template <typename T>
Result<QList<T>> listOf(const QJsonValue& value, Result<T> (*decode)(const QJsonValue&), const QString& what)
{
    if (!value.isArray())
        return badShape(what);
    QList<T> items;
    for (const QJsonValue& entry : value.toArray()) {
        Result<T> item = decode(entry);
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

} // namespace

Result<QJsonValue> MastodonJson::parse(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error{ErrorCode::PlatformBadResponse,
                     QStringLiteral("the server's answer is not JSON: %1").arg(error.errorString())};
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

QDateTime MastodonJson::instant(const QJsonValue& value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString MastodonJson::id(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    // A number would lose digits as a double; Qt keeps integers that fit 64 bits exact.
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

Result<MastodonAccount> MastodonJson::account(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    MastodonAccount account;
    account.id = id(object.value(QLatin1String("id")));
    if (account.id.isEmpty())
        return badShape(QStringLiteral("account without an id"));
    account.username = object.value(QLatin1String("username")).toString();
    account.acct = object.value(QLatin1String("acct")).toString();
    account.displayName = object.value(QLatin1String("display_name")).toString();
    account.url = QUrl(object.value(QLatin1String("url")).toString());
    return account;
}

Result<MastodonStatus> MastodonJson::status(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    MastodonStatus status;
    status.id = id(object.value(QLatin1String("id")));
    if (status.id.isEmpty() || !object.value(QLatin1String("account")).isObject())
        return badShape(QStringLiteral("status without an id or account"));
    Result<MastodonAccount> author = account(object.value(QLatin1String("account")));
    if (!author)
        return author.error();
    status.account = std::move(author).value();
    status.url = QUrl(object.value(QLatin1String("url")).toString());
    if (status.url.isEmpty())
        status.url = QUrl(object.value(QLatin1String("uri")).toString());
    status.createdAt = instant(object.value(QLatin1String("created_at")));
    status.content = object.value(QLatin1String("content")).toString();
    status.text = object.value(QLatin1String("text")).toString();
    status.inReplyToId = id(object.value(QLatin1String("in_reply_to_id")));
    status.favouritesCount = count(object.value(QLatin1String("favourites_count")));
    status.repliesCount = count(object.value(QLatin1String("replies_count")));
    status.reblogsCount = count(object.value(QLatin1String("reblogs_count")));
    status.favourited = object.value(QLatin1String("favourited")).toBool();
    return status;
}

Result<QList<MastodonStatus>> MastodonJson::statuses(const QJsonValue& value)
{
    return listOf<MastodonStatus>(value, &MastodonJson::status, QStringLiteral("list of statuses"));
}

Result<MastodonScheduledStatus> MastodonJson::scheduledStatus(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    MastodonScheduledStatus scheduled;
    scheduled.id = id(object.value(QLatin1String("id")));
    scheduled.scheduledAt = instant(object.value(QLatin1String("scheduled_at")));
    if (scheduled.id.isEmpty() || !scheduled.scheduledAt.isValid())
        return badShape(QStringLiteral("scheduled status without an id or time"));
    const QJsonObject params = object.value(QLatin1String("params")).toObject();
    scheduled.text = params.value(QLatin1String("text")).toString();
    scheduled.inReplyToId = id(params.value(QLatin1String("in_reply_to_id")));
    return scheduled;
}

Result<QList<MastodonScheduledStatus>> MastodonJson::scheduledStatuses(const QJsonValue& value)
{
    return listOf<MastodonScheduledStatus>(value, &MastodonJson::scheduledStatus,
                                           QStringLiteral("list of scheduled statuses"));
}

Result<std::variant<MastodonStatus, MastodonScheduledStatus>> MastodonJson::createdStatus(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    // Only a ScheduledStatus has params; a Status carries scheduled_at nowhere (snac sends it as null).
    if (object.value(QLatin1String("params")).isObject()) {
        Result<MastodonScheduledStatus> scheduled = scheduledStatus(value);
        if (!scheduled)
            return scheduled.error();
        return std::variant<MastodonStatus, MastodonScheduledStatus>(std::move(scheduled).value());
    }
    Result<MastodonStatus> created = status(value);
    if (!created)
        return created.error();
    return std::variant<MastodonStatus, MastodonScheduledStatus>(std::move(created).value());
}

QString MastodonJson::errorReason(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QLatin1String("error")).toString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    if (!error.isEmpty() && !description.isEmpty() && description != error)
        return error + QStringLiteral(": ") + description;
    return error.isEmpty() ? description : error;
}

} // namespace Podium::Core
