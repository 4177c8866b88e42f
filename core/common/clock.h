#pragma once

#include <QDateTime>

namespace Podium::Core {

/// The source of the current instant; injected everywhere so tests control time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant in UTC.
    virtual QDateTime now() const = 0;
};

} // namespace Podium::Core
