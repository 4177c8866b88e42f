#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// Where a Post is in its lifecycle (see the diagram in DESIGN.md).
enum class PostState
{
    Draft,
    AwaitingApproval,
    ChangesRequested,
    Scheduled,
    Publishing,
    RetryWaiting,
    HandedOff,
    Published,
    Failed,
    NeedsReconnect,
    Cancelled,
    Overdue,
    Missed,
};

/// The stable name stored in the database and printed by `--json`, e.g. "retry-waiting".
QString postStateName(PostState state);
std::optional<PostState> postStateFromName(const QString& name);
/// True once nothing more will happen to the post without a person deciding.
bool isFinal(PostState state);
/// True while a person may still cancel it (every state before Publishing).
bool isCancellable(PostState state);

} // namespace Podium::Core
