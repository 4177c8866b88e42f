#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// What a Person mainly comes to Podium for; it decides what the app offers them first.
enum class Role
{
    Executive,
    Delegate,
    Trainer,
};

/// The stable lower-case name used in the database, the command line and JSON.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

} // namespace Podium::Core
