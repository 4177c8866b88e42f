#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// How much a delegate may do for an executive: read, draft and submit, or also edit and schedule.
enum class DelegationLevel
{
    Reviewer,
    Author,
    Editor,
};

/// The stable name stored in the database and used by the command line: "reviewer", "author", "editor".
QString delegationLevelName(DelegationLevel level);
std::optional<DelegationLevel> delegationLevelFromName(const QString& name);

} // namespace Podium::Core
