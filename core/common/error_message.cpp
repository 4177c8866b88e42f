#include "error_message.h"

namespace Podium::Core {

QString ErrorMessage::text(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument:
        return tr("That input is not valid.");
    case ErrorCode::NotFound:
        return tr("Nothing was found with that name or id.");
    case ErrorCode::DatabaseUrlInvalid:
        return tr("The database address is not valid. Use a file path, or "
                  "postgresql://user@host:port/name for a shared workspace.");
    case ErrorCode::DatabaseDriverMissing:
        return tr("The database driver is not installed. On Debian or Ubuntu, install libqt6sql6-sqlite for "
                  "SQLite or libqt6sql6-psql for PostgreSQL.");
    case ErrorCode::DatabasePathUnusable:
        return tr("Podium cannot open or create the database file there. Check that the folder exists and "
                  "that you may write to it.");
    case ErrorCode::DatabaseNotADatabase:
        return tr("That file is not a Podium database. Choose another file; this one was left as it was.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The database file is damaged. Restore it from a backup; Podium changed nothing in it.");
    case ErrorCode::DatabaseLocked:
        return tr("The database is busy: another program is writing to it. Close other copies of Podium "
                  "and try again. Nothing was changed.");
    case ErrorCode::DatabaseReadOnly:
        return tr("The database can only be read, not written. Check the file's permissions.");
    case ErrorCode::DatabaseDiskFull:
        return tr("The disk is full, so nothing could be saved. Free some space and try again; "
                  "your existing data is unchanged.");
    case ErrorCode::DatabaseUnreachable:
        return tr("The database server does not answer. Check the address and that the server is running.");
    case ErrorCode::DatabaseCredentialsRefused:
        return tr("The database server refused the user name or password.");
    case ErrorCode::DatabaseMissing:
        return tr("The database server is running, but that database does not exist. Ask the workspace "
                  "administrator to create it.");
    case ErrorCode::DatabaseSchemaTooNew:
        return tr("This workspace was created by a newer version of Podium. Update Podium to open it; "
                  "nothing was changed.");
    case ErrorCode::DatabaseMigrationFailed:
        return tr("Podium could not update the workspace to this version. Nothing was changed; "
                  "a copy of the file was kept beside it.");
    case ErrorCode::DatabaseQueryFailed:
        return tr("The database reported an unexpected error.");
    case ErrorCode::PersonNameMissing:
        return tr("Please enter a name.");
    case ErrorCode::PersonRoleUnknown:
        return tr("The role must be executive, delegate or trainer.");
    case ErrorCode::TimeZoneUnknown:
        return tr("That time zone is not known. Use a name such as Europe/Berlin or America/New_York.");
    case ErrorCode::PersonNotFound:
        return tr("No person with that id exists in this workspace.");
    case ErrorCode::GuideMalformed:
        return tr("This guide could not be read; it was left out.");
    case ErrorCode::GuideNotFound:
        return tr("There is no guide with that id. 'podium guide list' shows them all.");
    case ErrorCode::PlatformUrlInvalid:
        return tr("The server address is not valid. Use the address you open in a browser, such as "
                  "https://social.example.com.");
    case ErrorCode::PlatformUnreachable:
        return tr("The server could not be reached. Check the address and the network connection.");
    case ErrorCode::PlatformServerError:
        return tr("The server had a problem of its own. Podium will try again later.");
    case ErrorCode::PlatformRateLimited:
        return tr("The server asked Podium to slow down. Podium will try again when it allows.");
    case ErrorCode::PlatformBadResponse:
        return tr("The server answered with something Podium could not read. Podium will try again.");
    case ErrorCode::PlatformRejected:
        return tr("The server refused the post.");
    case ErrorCode::PlatformCredentialRefused:
        return tr("The server refused the sign-in. Check the token or password, or reconnect the account.");
    case ErrorCode::PlatformTargetNotFound:
        return tr("The post or person this refers to no longer exists on the server.");
    case ErrorCode::PlatformUnsupported:
        return tr("This network does not offer that.");
    case ErrorCode::PlatformTextTooLong:
        return tr("The text is longer than this network allows.");
    case ErrorCode::PlatformScheduleTooSoon:
        return tr("That time is too soon for this network to schedule the post itself.");
    case ErrorCode::SecretStoreUnavailable:
        return tr("The system keychain is not available, so the account could not be connected. On Linux, "
                  "install and unlock gnome-keyring or KWallet (a Secret Service provider); everything else "
                  "in Podium keeps working.");
    case ErrorCode::SecretNotFound:
        return tr("The sign-in for this account is not in the keychain. Reconnect the account.");
    case ErrorCode::SecretStoreFailed:
        return tr("The system keychain refused to store or read the sign-in. Unlock the keychain and try "
                  "again.");
    case ErrorCode::AccountNotFound:
        return tr("No network account with that id exists in this workspace.");
    case ErrorCode::AccountNotTheAuthors:
        return tr("That account belongs to someone else or is on another network. A post goes out only "
                  "from its author's own account.");
    case ErrorCode::PostNotFound:
        return tr("No post with that id exists in this workspace.");
    case ErrorCode::PostStateInvalid:
        return tr("The post cannot do that in its current state.");
    case ErrorCode::PostTimeInvalid:
        return tr("That time is not valid for this post.");
    case ErrorCode::TimeInDstGap:
        return tr("That time does not exist on that day: the clocks change then. Choose one of the times "
                  "offered.");
    case ErrorCode::TimeAmbiguous:
        return tr("That time happens twice on that day because the clocks go back. Choose which one you mean.");
    case ErrorCode::DelegationNotFound:
        return tr("No delegation with that id exists in this workspace.");
    case ErrorCode::DelegationMissing:
        return tr("You have not been given access to this executive's posts. Ask them to grant it.");
    case ErrorCode::DelegationNotAccepted:
        return tr("This delegation is not in force yet: both sides must accept it first.");
    case ErrorCode::DelegationExpired:
        return tr("This delegation has expired. Ask the executive to grant it again.");
    case ErrorCode::DelegationRevoked:
        return tr("This delegation was revoked.");
    case ErrorCode::DelegationLevelTooLow:
        return tr("Your delegation does not allow that. Ask the executive for a higher level.");
    case ErrorCode::DelegationNotYours:
        return tr("Only the executive or the delegate of this delegation may do that.");
    case ErrorCode::DelegationNotExecutive:
        return tr("Only an executive can grant a delegation.");
    case ErrorCode::DelegationToSelf:
        return tr("A person cannot be their own delegate.");
    case ErrorCode::DelegationExpiryInvalid:
        return tr("The expiry must be in the future.");
    case ErrorCode::DelegationExists:
        return tr("These two people already have a delegation. Revoke it before granting a new one.");
    case ErrorCode::ApprovalNotYours:
        return tr("Only the executive can approve their posts or ask for changes.");
    case ErrorCode::PathDefinitionMalformed:
        return tr("The onboarding path could not be read, so Podium uses its built-in path.");
    case ErrorCode::PathDefinitionUnsupportedVersion:
        return tr("The onboarding path was written for a newer version of Podium, so Podium uses its built-in "
                  "path.");
    case ErrorCode::PathTierInvalid:
        return tr("There is no such tier on the path. Tiers are numbered from 2 to the last one; the first is "
                  "always open.");
    case ErrorCode::PathNotTrainer:
        return tr("Only a trainer can unlock a tier early.");
    case ErrorCode::PathChangeNotTrainer:
        return tr("Only a trainer can change the onboarding path of the workspace.");
    case ErrorCode::PathStyleUnknown:
        return tr("The coaching style must be dives-in, hand-holding, blogger, commenter or needs-reminders.");
    case ErrorCode::PathStyleNotYours:
        return tr("Only the person themselves or a trainer can choose their coaching style.");
    case ErrorCode::PathChecklistItemUnknown:
        return tr("That is not an item of the profile checklist.");
    case ErrorCode::PracticeSessionNotFound:
        return tr("No practice session with that id exists in this workspace.");
    case ErrorCode::PracticeSessionNotTrainer:
        return tr("Only a trainer can run a practice session.");
    case ErrorCode::PracticeSessionNotExecutive:
        return tr("A practice session is for an executive. Choose an executive to practise with.");
    case ErrorCode::PracticeSessionAlreadyOpen:
        return tr("This executive is already in a practice session. Finish or cancel it before starting another.");
    case ErrorCode::PracticeSessionClosed:
        return tr("This practice session has ended; it cannot be changed any more.");
    case ErrorCode::PracticeSessionNotYours:
        return tr("Only the trainer running this practice session can change it.");
    case ErrorCode::PracticePlanItemInvalid:
        return tr("The plan lists something that is not a milestone or a guide, or lists it twice.");
    case ErrorCode::PracticeChecklistItemNotFound:
        return tr("No profile checklist item with that id exists for this executive.");
    case ErrorCode::PracticeSessionLiveBlocked:
        return tr("This executive is in a practice session, so nothing goes to a live network until the session "
                  "ends. Practice posts still work.");
    }
    return tr("An unexpected error occurred.");
}

} // namespace Podium::Core
