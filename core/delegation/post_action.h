#pragma once

namespace Podium::Core {

/// What a person does to an executive's posts; AccessPolicy decides who may.
enum class PostAction
{
    Read,
    /// Create a draft, and edit or submit drafts one prepared oneself.
    Draft,
    Submit,
    /// Edit (and submit) drafts someone else prepared.
    Edit,
    /// Schedule or reschedule posts that are already approved.
    Schedule,
    /// Approve or ask for changes: only ever the executive.
    Approve,
    Cancel,
};

} // namespace Podium::Core
