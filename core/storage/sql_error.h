#pragma once

#include "common/error.h"
#include "database_location.h"

class QSqlError;

namespace Podium::Core {

/// Maps driver errors (SQLite result codes, PostgreSQL SQLSTATEs and connection messages) to error codes,
/// so a locked file, a full disk or a refused password each reach the person as their own message.
class SqlError
{
public:
    static Error classify(DatabaseBackend backend, const QSqlError& error,
                          ErrorCode fallback = ErrorCode::DatabaseQueryFailed);
    /// For a failed connection attempt, where PostgreSQL gives only a message and no SQLSTATE.
    static Error classifyConnection(DatabaseBackend backend, const QSqlError& error);
};

} // namespace Podium::Core
