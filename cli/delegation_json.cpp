#include "delegation_json.h"

namespace Podium::Cli {

namespace {

QJsonValue instant(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString DelegationJson::status(const Core::Delegation& delegation, const QDateTime& now)
{
    if (delegation.isRevoked())
        return QStringLiteral("revoked");
    if (delegation.isExpired(now))
        return QStringLiteral("expired");
    return delegation.isAccepted() ? QStringLiteral("in-force") : QStringLiteral("pending");
}

QJsonObject DelegationJson::toJson(const Core::Delegation& delegation, const QDateTime& now)
{
    return QJsonObject{{QStringLiteral("id"), delegation.id},
                       {QStringLiteral("executiveId"), delegation.executiveId},
                       {QStringLiteral("delegateId"), delegation.delegateId},
                       {QStringLiteral("level"), Core::delegationLevelName(delegation.level)},
                       {QStringLiteral("publishWithoutApproval"), delegation.publishWithoutApproval},
                       {QStringLiteral("status"), status(delegation, now)},
                       {QStringLiteral("inForce"), delegation.isInForce(now)},
                       {QStringLiteral("expiresAt"), instant(delegation.expiresAt)},
                       {QStringLiteral("executiveAcceptedAt"), instant(delegation.executiveAcceptedAt)},
                       {QStringLiteral("delegateAcceptedAt"), instant(delegation.delegateAcceptedAt)},
                       {QStringLiteral("revokedAt"), instant(delegation.revokedAt)},
                       {QStringLiteral("createdAt"), instant(delegation.createdAt)}};
}

QString DelegationJson::line(const Core::Delegation& delegation, const QDateTime& now)
{
    return QStringLiteral("%1  %2  %3  %4 -> %5%6")
        .arg(delegation.id, status(delegation, now).leftJustified(8),
             Core::delegationLevelName(delegation.level).leftJustified(8), delegation.delegateId,
             delegation.executiveId,
             delegation.publishWithoutApproval ? QStringLiteral("  (publishes without approval)") : QString());
}

} // namespace Podium::Cli
