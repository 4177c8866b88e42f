#include "post_json.h"

#include <QTimeZone>

namespace Podium::Cli {

namespace {

QJsonValue instant(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString PostJson::localTime(const Core::Post& post)
{
    if (!post.scheduledAt.isValid())
        return QString();
    const QTimeZone zone(post.scheduledZone.toUtf8());
    if (post.scheduledZone.isEmpty() || !zone.isValid())
        return post.scheduledAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return post.scheduledAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + post.scheduledZone;
}

QJsonObject PostJson::toJson(const Core::Post& post)
{
    QJsonObject json{
        {QStringLiteral("id"), post.id},
        {QStringLiteral("authorId"), post.authorId},
        {QStringLiteral("accountId"), post.accountId.isEmpty() ? QJsonValue() : QJsonValue(post.accountId)},
        {QStringLiteral("platform"), Core::platformKindName(post.platform)},
        {QStringLiteral("kind"), Core::postKindName(post.kind)},
        {QStringLiteral("state"), Core::postStateName(post.state)},
        {QStringLiteral("practice"), post.isPractice},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("text"), post.body},
        {QStringLiteral("target"), post.inReplyTo.isEmpty() ? QJsonValue() : QJsonValue(post.inReplyTo)},
        {QStringLiteral("scheduledAt"), instant(post.scheduledAt)},
        {QStringLiteral("scheduledZone"), post.scheduledZone},
        {QStringLiteral("handOff"), post.handOff},
        {QStringLiteral("localTime"), localTime(post)},
        {QStringLiteral("preparedBy"), post.preparedBy},
        {QStringLiteral("approvedBy"), post.approvedBy},
        {QStringLiteral("approveBy"), instant(post.approveBy)},
        {QStringLiteral("submittedTitle"), post.submittedTitle},
        {QStringLiteral("submittedText"), post.submittedBody},
        {QStringLiteral("reviewComment"), post.reviewComment},
        {QStringLiteral("attempts"), post.attempts},
        {QStringLiteral("nextAttemptAt"), instant(post.nextAttemptAt)},
        {QStringLiteral("remoteId"), post.remoteId},
        {QStringLiteral("url"), post.remoteUrl},
        {QStringLiteral("createdAt"), instant(post.createdAt)},
        {QStringLiteral("updatedAt"), instant(post.updatedAt)}};
    if (!post.lastErrorCode.isEmpty())
        json.insert(QStringLiteral("lastError"), QJsonObject{{QStringLiteral("code"), post.lastErrorCode},
                                                             {QStringLiteral("detail"), post.lastErrorDetail}});
    return json;
}

QString PostJson::line(const Core::Post& post)
{
    QString text = post.kind == Core::PostKind::Article ? post.title : post.body;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 48)
        text = text.left(47) + QChar(0x2026);
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(post.id, Core::postStateName(post.state).leftJustified(17), localTime(post).leftJustified(34),
             Core::postKindName(post.kind).leftJustified(7),
             post.isPractice ? QStringLiteral("[practice] ") : QString(), text);
}

} // namespace Podium::Cli
