#pragma once

#include "delegation/delegation.h"

#include <QJsonObject>

namespace Podium::Cli {

/// How a delegation is printed by `--json` and in one line of text.
class DelegationJson
{
public:
    static QJsonObject toJson(const Core::Delegation& delegation, const QDateTime& now);
    /// One line for people: id, level, who for whom, and whether it is in force.
    static QString line(const Core::Delegation& delegation, const QDateTime& now);
    /// "in-force", "pending", "expired" or "revoked".
    static QString status(const Core::Delegation& delegation, const QDateTime& now);
};

} // namespace Podium::Cli
