#pragma once

#include "common/result.h"
#include "delegation/delegation.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace Podium::Core {

class Database;

/// Stores and reads delegations. Only acceptance and revocation change after a grant is written.
class DelegationRepository
{
public:
    explicit DelegationRepository(Database& database);

    Result<void> insert(const Delegation& delegation);
    /// DelegationNotFound when there is none.
    Result<Delegation> find(const QString& id) const;
    /// Writes the acceptance and revocation instants, the only fields that ever change.
    Result<void> update(const Delegation& delegation);
    /// Every grant the person is the executive or the delegate of, newest first.
    Result<QList<Delegation>> listFor(const QString& personId) const;
    /// Every grant between one delegate and one executive, whatever its state, newest first.
    Result<QList<Delegation>> between(const QString& delegateId, const QString& executiveId) const;
    /// The grant in force between them at `now`, if any.
    Result<std::optional<Delegation>> inForce(const QString& delegateId, const QString& executiveId,
                                              const QDateTime& now) const;

private:
    Result<QList<Delegation>> select(const QString& where, const QList<QVariant>& values) const;

    Database& m_database;
};

} // namespace Podium::Core
