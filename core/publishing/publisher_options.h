#pragma once

#include <QtGlobal>

#include <functional>

namespace Podium::Core {

/// How the Publisher paces itself and when it gives up.
struct PublisherOptions
{
    /// Requests under way at once.
    int maxInFlight = 16;
    /// A scheduled post found this late (Podium was closed, the machine slept) is published anyway;
    /// later than this it becomes Missed for a person to decide.
    qint64 graceSeconds = 15 * 60;
    /// Transient failures are retried until the post is this late, then it is marked Failed. Counting time
    /// rather than attempts keeps a post going through a flaky hour, where every attempt (reconcile, send,
    /// read back) needs several requests to get through.
    qint64 giveUpAfterSeconds = 24 * 3600;
    /// A cap on attempts as well; 0 for none.
    int maxAttempts = 0;
    qint64 firstRetryMs = 5 * 1000;
    qint64 maxRetryMs = 60 * 60 * 1000;
    /// How long after a handed-off post's time Podium reads it back, and then between checks.
    qint64 handOffCheckSeconds = 60;
    /// A number in [0, 1) for jitter; tests make it predictable.
    std::function<double()> random;
};

} // namespace Podium::Core
