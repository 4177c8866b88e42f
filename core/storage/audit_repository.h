#pragma once

#include "audit/audit_event.h"
#include "common/result.h"

#include <QList>

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

private:
    Database& m_database;
};

} // namespace Podium::Core
