#pragma once

#include "audit/audit_event.h"
#include "common/result.h"

#include <QList>

#include <functional>

namespace Podium::Core {

class Database;

/// Appends to and reads the audit log. There is deliberately no update or delete.
class AuditRepository
{
public:
    explicit AuditRepository(Database& database);

    Result<void> append(const AuditEvent& event);
    /// Every event about one subject, oldest first.
    Result<QList<AuditEvent>> forSubject(const QString& subjectType, const QString& subjectId) const;
    /// Every event at or after `since` (all of them when invalid), oldest first, handed to `visit` one by one
    /// so an export of a long log never holds it all.
    Result<void> each(const QDateTime& since, const std::function<void(const AuditEvent&)>& visit) const;

private:
    Database& m_database;
};

} // namespace Podium::Core
