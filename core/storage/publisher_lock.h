#pragma once

#include "common/result.h"

#include <memory>

namespace Podium::Core {

class Database;

/// Makes sure only one Publisher works on a workspace at a time (the app and `podium publish --daemon`
/// may both be running). Held until destroyed; a holder that crashed releases it automatically.
class PublisherLock
{
public:
    /// DatabaseLocked when another process publishes for this workspace.
    static Result<std::unique_ptr<PublisherLock>> acquire(Database& database);
    virtual ~PublisherLock() = default;

protected:
    PublisherLock() = default;
};

} // namespace Podium::Core
