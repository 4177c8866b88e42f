#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// Someone who uses the workspace: an executive, a delegate or a trainer.
struct Person
{
    QString id;
    QString displayName;
    Role role = Role::Executive;
    /// IANA zone id, e.g. "Europe/Berlin"; times are shown and chosen in it.
    QString timeZone;
    QDateTime createdAt;
};

} // namespace Podium::Core
