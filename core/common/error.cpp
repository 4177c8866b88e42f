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
    case ErrorCode::PlatformUrlInvalid:
        return QStringLiteral("platform.url-invalid");
    case ErrorCode::PlatformUnreachable:
        return QStringLiteral("platform.unreachable");
    case ErrorCode::PlatformServerError:
        return QStringLiteral("platform.server-error");
    case ErrorCode::PlatformRateLimited:
        return QStringLiteral("platform.rate-limited");
    case ErrorCode::PlatformBadResponse:
        return QStringLiteral("platform.bad-response");
    case ErrorCode::PlatformRejected:
        return QStringLiteral("platform.rejected");
    case ErrorCode::PlatformCredentialRefused:
        return QStringLiteral("platform.credential-refused");
    case ErrorCode::PlatformTargetNotFound:
        return QStringLiteral("platform.target-not-found");
    case ErrorCode::PlatformUnsupported:
        return QStringLiteral("platform.unsupported");
    case ErrorCode::PlatformTextTooLong:
        return QStringLiteral("platform.text-too-long");
    case ErrorCode::PlatformScheduleTooSoon:
        return QStringLiteral("platform.schedule-too-soon");
    case ErrorCode::SecretStoreUnavailable:
        return QStringLiteral("secret-store.unavailable");
    case ErrorCode::SecretNotFound:
        return QStringLiteral("secret-store.not-found");
    case ErrorCode::SecretStoreFailed:
        return QStringLiteral("secret-store.failed");
    case ErrorCode::AccountNotFound:
        return QStringLiteral("account.not-found");
    case ErrorCode::AccountNotTheAuthors:
        return QStringLiteral("account.not-the-authors");
    case ErrorCode::PostNotFound:
        return QStringLiteral("post.not-found");
    case ErrorCode::PostStateInvalid:
        return QStringLiteral("post.state-invalid");
    case ErrorCode::PostTimeInvalid:
        return QStringLiteral("post.time-invalid");
    case ErrorCode::TimeInDstGap:
        return QStringLiteral("time.in-dst-gap");
    case ErrorCode::TimeAmbiguous:
        return QStringLiteral("time.ambiguous");
    case ErrorCode::DelegationNotFound:
        return QStringLiteral("delegation.not-found");
    case ErrorCode::DelegationMissing:
        return QStringLiteral("delegation.missing");
    case ErrorCode::DelegationNotAccepted:
        return QStringLiteral("delegation.not-accepted");
    case ErrorCode::DelegationExpired:
        return QStringLiteral("delegation.expired");
    case ErrorCode::DelegationRevoked:
        return QStringLiteral("delegation.revoked");
    case ErrorCode::DelegationLevelTooLow:
        return QStringLiteral("delegation.level-too-low");
    case ErrorCode::DelegationNotYours:
        return QStringLiteral("delegation.not-yours");
    case ErrorCode::DelegationNotExecutive:
        return QStringLiteral("delegation.not-executive");
    case ErrorCode::DelegationToSelf:
        return QStringLiteral("delegation.to-self");
    case ErrorCode::DelegationExpiryInvalid:
        return QStringLiteral("delegation.expiry-invalid");
    case ErrorCode::DelegationExists:
        return QStringLiteral("delegation.exists");
    case ErrorCode::ApprovalNotYours:
        return QStringLiteral("approval.not-yours");
    case ErrorCode::PathDefinitionMalformed:
        return QStringLiteral("path.definition-malformed");
    case ErrorCode::PathDefinitionUnsupportedVersion:
        return QStringLiteral("path.definition-unsupported-version");
    case ErrorCode::PathTierInvalid:
        return QStringLiteral("path.tier-invalid");
    case ErrorCode::PathNotTrainer:
        return QStringLiteral("path.not-trainer");
    case ErrorCode::PathChangeNotTrainer:
        return QStringLiteral("path.change-not-trainer");
    case ErrorCode::PathStyleUnknown:
        return QStringLiteral("path.style-unknown");
    case ErrorCode::PathStyleNotYours:
        return QStringLiteral("path.style-not-yours");
    case ErrorCode::PathChecklistItemUnknown:
        return QStringLiteral("path.checklist-item-unknown");
    case ErrorCode::PracticeSessionNotFound:
        return QStringLiteral("practice-session.not-found");
    case ErrorCode::PracticeSessionNotTrainer:
        return QStringLiteral("practice-session.not-trainer");
    case ErrorCode::PracticeSessionNotExecutive:
        return QStringLiteral("practice-session.not-executive");
    case ErrorCode::PracticeSessionAlreadyOpen:
        return QStringLiteral("practice-session.already-open");
    case ErrorCode::PracticeSessionClosed:
        return QStringLiteral("practice-session.closed");
    case ErrorCode::PracticeSessionNotYours:
        return QStringLiteral("practice-session.not-yours");
    case ErrorCode::PracticePlanItemInvalid:
        return QStringLiteral("practice-session.plan-item-invalid");
    case ErrorCode::PracticeChecklistItemNotFound:
        return QStringLiteral("practice-checklist.item-not-found");
    case ErrorCode::PracticeSessionLiveBlocked:
        return QStringLiteral("practice-session.live-blocked");
    }
    return QStringLiteral("unknown");
}

bool isTransient(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PlatformUnreachable:
    case ErrorCode::PlatformServerError:
    case ErrorCode::PlatformRateLimited:
    case ErrorCode::PlatformBadResponse:
        return true;
    default:
        return false;
    }
}

std::optional<ErrorCode> errorCodeFromName(const QString& name)
{
    // The codes are numbered from 0 without gaps; the first number without a name is past the last code.
    for (int value = 0;; ++value) {
        const QString known = errorCodeName(ErrorCode(value));
        if (known == QLatin1String("unknown"))
            return std::nullopt;
        if (known == name)
            return ErrorCode(value);
    }
}

} // namespace Podium::Core
