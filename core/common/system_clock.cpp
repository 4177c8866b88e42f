#include "system_clock.h"

namespace Podium::Core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Podium::Core
