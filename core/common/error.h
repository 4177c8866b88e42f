#pragma once

#include <QString>

namespace Podium::Core {

/// Every failure core can report. Codes are stable: tests assert on them and `--json` prints their names.
enum class ErrorCode
{
    InvalidArgument,
    NotFound,
    DatabaseUrlInvalid,
    DatabaseDriverMissing,
    DatabasePathUnusable,
    DatabaseNotADatabase,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseDiskFull,
    DatabaseUnreachable,
    DatabaseCredentialsRefused,
    DatabaseMissing,
    DatabaseSchemaTooNew,
    DatabaseMigrationFailed,
    DatabaseQueryFailed,
    PersonNameMissing,
    PersonRoleUnknown,
    TimeZoneUnknown,
    PersonNotFound,
    GuideMalformed,
    GuideNotFound,
};

/// A failure: a code for programs and tests, and the technical detail (driver text, path) for logs.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;

    /// The stable dotted name of the code, e.g. "database.locked".
    QString codeName() const;
};

QString errorCodeName(ErrorCode code);

} // namespace Podium::Core
