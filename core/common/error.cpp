#include "error.h"

namespace Podium::Core {

QString Error::codeName() const
{
    return errorCodeName(code);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::DatabaseUrlInvalid:
        return QStringLiteral("database.url-invalid");
    case ErrorCode::DatabaseDriverMissing:
        return QStringLiteral("database.driver-missing");
    case ErrorCode::DatabasePathUnusable:
        return QStringLiteral("database.path-unusable");
    case ErrorCode::DatabaseNotADatabase:
        return QStringLiteral("database.not-a-database");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database.corrupt");
    case ErrorCode::DatabaseLocked:
        return QStringLiteral("database.locked");
    case ErrorCode::DatabaseReadOnly:
        return QStringLiteral("database.read-only");
    case ErrorCode::DatabaseDiskFull:
        return QStringLiteral("database.disk-full");
    case ErrorCode::DatabaseUnreachable:
        return QStringLiteral("database.unreachable");
    case ErrorCode::DatabaseCredentialsRefused:
        return QStringLiteral("database.credentials-refused");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("database.missing");
    case ErrorCode::DatabaseSchemaTooNew:
        return QStringLiteral("database.schema-too-new");
    case ErrorCode::DatabaseMigrationFailed:
        return QStringLiteral("database.migration-failed");
    case ErrorCode::DatabaseQueryFailed:
        return QStringLiteral("database.query-failed");
    case ErrorCode::PersonNameMissing:
        return QStringLiteral("person.name-missing");
    case ErrorCode::PersonRoleUnknown:
        return QStringLiteral("person.role-unknown");
    case ErrorCode::TimeZoneUnknown:
        return QStringLiteral("time-zone.unknown");
    case ErrorCode::PersonNotFound:
        return QStringLiteral("person.not-found");
    case ErrorCode::GuideMalformed:
        return QStringLiteral("guide.malformed");
    case ErrorCode::GuideNotFound:
        return QStringLiteral("guide.not-found");
    }
    return QStringLiteral("unknown");
}

} // namespace Podium::Core
