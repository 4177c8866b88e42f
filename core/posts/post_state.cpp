#include "post_state.h"

#include <array>
#include <utility>

namespace Podium::Core {

namespace {

const std::array<std::pair<PostState, const char*>, 13> stateNames{{
    {PostState::Draft, "draft"},
    {PostState::AwaitingApproval, "awaiting-approval"},
    {PostState::ChangesRequested, "changes-requested"},
    {PostState::Scheduled, "scheduled"},
    {PostState::Publishing, "publishing"},
    {PostState::RetryWaiting, "retry-waiting"},
    {PostState::HandedOff, "handed-off"},
    {PostState::Published, "published"},
    {PostState::Failed, "failed"},
    {PostState::NeedsReconnect, "needs-reconnect"},
    {PostState::Cancelled, "cancelled"},
    {PostState::Overdue, "overdue"},
    {PostState::Missed, "missed"},
}};

} // namespace

QString postStateName(PostState state)
{
    for (const auto& [value, name] : stateNames)
        if (value == state)
            return QLatin1String(name);
    return {};
}

std::optional<PostState> postStateFromName(const QString& name)
{
    for (const auto& [value, text] : stateNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

bool isFinal(PostState state)
{
    return state == PostState::Published || state == PostState::Failed || state == PostState::Cancelled;
}

bool isCancellable(PostState state)
{
    switch (state) {
    case PostState::Draft:
    case PostState::AwaitingApproval:
    case PostState::ChangesRequested:
    case PostState::Scheduled:
    case PostState::RetryWaiting:
    case PostState::Overdue:
    case PostState::Missed:
    case PostState::NeedsReconnect:
        return true;
    default:
        return false;
    }
}

} // namespace Podium::Core
