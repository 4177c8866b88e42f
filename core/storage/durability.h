#pragma once

namespace Podium::Core {

/// How surely a committed transaction survives a power cut. A crash of Podium itself never loses a
/// commit either way.
enum class Durability
{
    /// On disk before the commit returns: for anything a person did, and for a publisher's claim, which
    /// must be remembered before its request leaves.
    Flushed,
    /// May be lost with the last moments before a power cut, never half-written. Only for records the
    /// publisher can rebuild: a post whose outcome was lost is back in Publishing and is reconciled with
    /// the server before anything is sent again. Saves a disk flush per commit.
    Deferred,
};

} // namespace Podium::Core
