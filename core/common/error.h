#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

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
    // Platforms. The transient ones (unreachable, server error, rate limited, bad response) are retried.
    PlatformUrlInvalid,
    PlatformUnreachable,
    PlatformServerError,
    PlatformRateLimited,
    PlatformBadResponse,
    PlatformRejected,
    PlatformCredentialRefused,
    PlatformTargetNotFound,
    PlatformUnsupported,
    PlatformTextTooLong,
    PlatformScheduleTooSoon,
    // Secrets
    SecretStoreUnavailable,
    SecretNotFound,
    SecretStoreFailed,
    // Accounts and posts
    AccountNotFound,
    /// A post names an account that is not its author's, or is on another network.
    AccountNotTheAuthors,
    PostNotFound,
    PostStateInvalid,
    PostTimeInvalid,
    TimeInDstGap,
    TimeAmbiguous,
    // Delegation and approvals
    DelegationNotFound,
    /// The person acts for an executive who never granted them anything.
    DelegationMissing,
    DelegationNotAccepted,
    DelegationExpired,
    DelegationRevoked,
    /// The grant in force does not allow this action.
    DelegationLevelTooLow,
    /// Only the executive or the delegate of a grant may accept or revoke it.
    DelegationNotYours,
    DelegationNotExecutive,
    DelegationToSelf,
    DelegationExpiryInvalid,
    /// The pair already has a grant that is pending or in force.
    DelegationExists,
    /// Only the executive approves (or asks for changes to) their posts.
    ApprovalNotYours,
    // Path
    /// The path definition is not valid JSON or misses what a path needs; the built-in path is used.
    PathDefinitionMalformed,
    /// The path definition was written for a newer Podium; the built-in path is used.
    PathDefinitionUnsupportedVersion,
    /// There is no such tier on the path (or it is the first, which is always open).
    PathTierInvalid,
    /// Only a trainer unlocks a tier early.
    PathNotTrainer,
    /// Only a trainer loads or resets the workspace's path definition.
    PathChangeNotTrainer,
    PathStyleUnknown,
    /// Only the person themselves or a trainer chooses a coaching style.
    PathStyleNotYours,
    PathChecklistItemUnknown,
    // Practice sessions
    PracticeSessionNotFound,
    /// Only a trainer starts a practice session.
    PracticeSessionNotTrainer,
    /// A practice session is always for an executive.
    PracticeSessionNotExecutive,
    /// The executive already has a session open; finish or cancel it first.
    PracticeSessionAlreadyOpen,
    /// The session was finished or cancelled: it takes no more notes, ticks or outcomes.
    PracticeSessionClosed,
    /// Only the session's own trainer changes it.
    PracticeSessionNotYours,
    /// A plan item that is not a milestone or guide id, or one named twice.
    PracticePlanItemInvalid,
    PracticeChecklistItemNotFound,
    /// The executive is in a practice session: nothing of theirs goes to a live network until it ends.
    PracticeSessionLiveBlocked,
};

/// A failure: a code for programs and tests, and the technical detail (driver text, path) for logs.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
    /// When the operation may be tried again (from Retry-After or X-RateLimit-Reset); invalid if unknown.
    QDateTime retryAt = {};

    /// The stable dotted name of the code, e.g. "database.locked".
    QString codeName() const;
};

QString errorCodeName(ErrorCode code);
/// The code a stored name stands for (as kept in a post's last error); none for an unknown name.
std::optional<ErrorCode> errorCodeFromName(const QString& name);

/// True for failures that may go away by themselves (network, 5xx, 429, garbage): worth retrying later.
bool isTransient(ErrorCode code);

} // namespace Podium::Core
