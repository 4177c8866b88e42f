#pragma once

#include "clock.h"

namespace Podium::Core {

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace Podium::Core
