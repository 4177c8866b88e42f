#include "sql_error.h"

#include <QSqlError>

namespace Podium::Core {

namespace {

// SQLite primary result codes (sqlite3.h); extended codes carry the primary code in the low byte.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

QString describe(const QSqlError& error)
{
    const QString text = error.text().trimmed();
    return error.nativeErrorCode().isEmpty() ? text : text + QStringLiteral(" [") + error.nativeErrorCode() + u']';
}

ErrorCode sqliteCode(const QSqlError& error, ErrorCode fallback)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return fallback;
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return ErrorCode::DatabaseLocked;
    case sqliteReadOnly:
        return ErrorCode::DatabaseReadOnly;
    case sqliteFull:
        return ErrorCode::DatabaseDiskFull;
    case sqliteCorrupt:
        return ErrorCode::DatabaseCorrupt;
    case sqliteNotADatabase:
        return ErrorCode::DatabaseNotADatabase;
    case sqliteCantOpen:
        return ErrorCode::DatabasePathUnusable;
    case sqliteIoError:
        // SQLite reports some out-of-space conditions as I/O errors (e.g. while growing the WAL).
        return error.text().contains(QLatin1String("disk"), Qt::CaseInsensitive) ? ErrorCode::DatabaseDiskFull
                                                                                 : fallback;
    default:
        return fallback;
    }
}

ErrorCode postgresCode(const QSqlError& error, ErrorCode fallback)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("53100"))
        return ErrorCode::DatabaseDiskFull;
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return ErrorCode::DatabaseLocked;
    if (state == QLatin1String("25006"))
        return ErrorCode::DatabaseReadOnly;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return ErrorCode::DatabaseUnreachable;
    if (state.startsWith(QLatin1String("28")))
        return ErrorCode::DatabaseCredentialsRefused;
    if (state == QLatin1String("3D000"))
        return ErrorCode::DatabaseMissing;
    return fallback;
}

} // namespace

Error SqlError::classify(DatabaseBackend backend, const QSqlError& error, ErrorCode fallback)
{
    const ErrorCode code =
        backend == DatabaseBackend::Sqlite ? sqliteCode(error, fallback) : postgresCode(error, fallback);
    return Error{code, describe(error)};
}

Error SqlError::classifyConnection(DatabaseBackend backend, const QSqlError& error)
{
    if (backend == DatabaseBackend::Sqlite)
        return classify(backend, error, ErrorCode::DatabasePathUnusable);

    const Error byState = classify(backend, error, ErrorCode::DatabaseUnreachable);
    if (byState.code != ErrorCode::DatabaseUnreachable)
        return byState;
    // libpq reports connection failures as text only; these phrases are stable across PostgreSQL versions.
    const QString text = error.text();
    const auto has = [&text](const char* phrase) { return text.contains(QLatin1String(phrase), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed") ||
        (has("role \"") && has("does not exist")) || has("pg_hba.conf"))
        return Error{ErrorCode::DatabaseCredentialsRefused, describe(error)};
    if (has("database \"") && has("does not exist"))
        return Error{ErrorCode::DatabaseMissing, describe(error)};
    return Error{ErrorCode::DatabaseUnreachable, describe(error)};
}

} // namespace Podium::Core
