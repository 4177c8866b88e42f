#include "delegation_repository.h"

#include "database.h"

#include <QVariant>

namespace Podium::Core {

namespace {

const QString columns = QStringLiteral("id, executive_id, delegate_id, level, publish_without_approval, expires_at, "
                                       "executive_accepted_at, delegate_accepted_at, revoked_at, created_at");

QVariant instant(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Delegation delegationFrom(const Statement& query)
{
    Delegation delegation;
    delegation.id = query.value(0).toString();
    delegation.executiveId = query.value(1).toString();
    delegation.delegateId = query.value(2).toString();
    // An unknown level reads as the least one, so a newer database never grants more than it says.
    delegation.level = delegationLevelFromName(query.value(3).toString()).value_or(DelegationLevel::Reviewer);
    delegation.publishWithoutApproval = query.value(4).toInt() != 0;
    delegation.expiresAt = instantFrom(query.value(5));
    delegation.executiveAcceptedAt = instantFrom(query.value(6));
    delegation.delegateAcceptedAt = instantFrom(query.value(7));
    delegation.revokedAt = instantFrom(query.value(8));
    delegation.createdAt = instantFrom(query.value(9));
    return delegation;
}

} // namespace

DelegationRepository::DelegationRepository(Database& database)
    : m_database(database)
{}

Result<void> DelegationRepository::insert(const Delegation& delegation)
{
    Statement query = m_database.prepare(QStringLiteral("INSERT INTO delegations (") + columns +
                                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(delegation.id), QVariant(delegation.executiveId), QVariant(delegation.delegateId),
          QVariant(delegationLevelName(delegation.level)), QVariant(delegation.publishWithoutApproval ? 1 : 0),
          instant(delegation.expiresAt), instant(delegation.executiveAcceptedAt),
          instant(delegation.delegateAcceptedAt), instant(delegation.revokedAt), instant(delegation.createdAt)})
        query.addBindValue(value);
    return m_database.exec(query);
}

Result<Delegation> DelegationRepository::find(const QString& id) const
{
    const Result<QList<Delegation>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::DelegationNotFound, id};
    return found->first();
}

Result<void> DelegationRepository::update(const Delegation& delegation)
{
    Statement query = m_database.prepare(QStringLiteral(
        "UPDATE delegations SET executive_accepted_at = ?, delegate_accepted_at = ?, revoked_at = ? WHERE id = ?"));
    for (const QVariant& value : {instant(delegation.executiveAcceptedAt), instant(delegation.delegateAcceptedAt),
                                  instant(delegation.revokedAt), QVariant(delegation.id)})
        query.addBindValue(value);
    if (const Result<void> run = m_database.exec(query); !run)
        return run;
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::DelegationNotFound, delegation.id};
    return {};
}

Result<QList<Delegation>> DelegationRepository::listFor(const QString& personId) const
{
    return select(QStringLiteral("executive_id = ? OR delegate_id = ?"), {personId, personId});
}

Result<QList<Delegation>> DelegationRepository::between(const QString& delegateId, const QString& executiveId) const
{
    return select(QStringLiteral("delegate_id = ? AND executive_id = ?"), {delegateId, executiveId});
}

Result<std::optional<Delegation>> DelegationRepository::inForce(const QString& delegateId, const QString& executiveId,
                                                                const QDateTime& now) const
{
    const Result<QList<Delegation>> grants = between(delegateId, executiveId);
    if (!grants)
        return grants.error();
    // Decided here rather than in SQL so "in force" has one definition: Delegation::isInForce.
    for (const Delegation& grant : *grants)
        if (grant.isInForce(now))
            return std::optional<Delegation>(grant);
    return std::optional<Delegation>();
}

Result<QList<Delegation>> DelegationRepository::select(const QString& where, const QList<QVariant>& values) const
{
    Statement query =
        m_database.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM delegations WHERE ") + where +
                           QStringLiteral(" ORDER BY created_at DESC, id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (const Result<void> run = m_database.exec(query); !run)
        return run.error();
    QList<Delegation> delegations;
    while (query.next())
        delegations.append(delegationFrom(query));
    return delegations;
}

} // namespace Podium::Core
