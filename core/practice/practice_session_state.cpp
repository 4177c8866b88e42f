#include "practice_session_state.h"

namespace Podium::Core {

QString practiceSessionStateName(PracticeSessionState state)
{
    switch (state) {
    case PracticeSessionState::Open:
        return QStringLiteral("open");
    case PracticeSessionState::Finished:
        return QStringLiteral("finished");
    case PracticeSessionState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

std::optional<PracticeSessionState> practiceSessionStateFromName(const QString& name)
{
    for (const PracticeSessionState state :
         {PracticeSessionState::Open, PracticeSessionState::Finished, PracticeSessionState::Cancelled})
        if (practiceSessionStateName(state) == name)
            return state;
    return std::nullopt;
}

} // namespace Podium::Core
