#include "delegation_level.h"

namespace Podium::Core {

QString delegationLevelName(DelegationLevel level)
{
    switch (level) {
    case DelegationLevel::Reviewer:
        return QStringLiteral("reviewer");
    case DelegationLevel::Author:
        return QStringLiteral("author");
    case DelegationLevel::Editor:
        return QStringLiteral("editor");
    }
    return {};
}

std::optional<DelegationLevel> delegationLevelFromName(const QString& name)
{
    for (DelegationLevel level : {DelegationLevel::Reviewer, DelegationLevel::Author, DelegationLevel::Editor})
        if (name == delegationLevelName(level))
            return level;
    return std::nullopt;
}

} // namespace Podium::Core
