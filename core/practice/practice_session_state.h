#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// Where a practice session is: open while the trainer and the executive rehearse, then finished with an
/// outcome, or cancelled without one.
enum class PracticeSessionState
{
    Open,
    Finished,
    Cancelled,
};

/// The stable name used in the database, the command line and JSON, e.g. "finished".
QString practiceSessionStateName(PracticeSessionState state);
std::optional<PracticeSessionState> practiceSessionStateFromName(const QString& name);

} // namespace Podium::Core
