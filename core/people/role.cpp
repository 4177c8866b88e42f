#include "role.h"

namespace Podium::Core {

QString roleName(Role role)
{
    switch (role) {
    case Role::Executive:
        return QStringLiteral("executive");
    case Role::Delegate:
        return QStringLiteral("delegate");
    case Role::Trainer:
        return QStringLiteral("trainer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const Role role : {Role::Executive, Role::Delegate, Role::Trainer}) {
        if (roleName(role) == key)
            return role;
    }
    return std::nullopt;
}

} // namespace Podium::Core
