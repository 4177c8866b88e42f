#pragma once

#include "platforms/platform.h"
#include "posts/post.h"

namespace Podium::Core {

/// Finds the Platform a post goes out through: the practice sandbox for practice posts, otherwise the
/// signed-in NetworkAccount (its secret read from the SecretStore). Asynchronous because reading a secret is.
class PlatformDirectory
{
public:
    virtual ~PlatformDirectory() = default;

    /// The platform stays owned by the directory and alive as long as it is. Errors: AccountNotFound,
    /// SecretNotFound (reconnect), SecretStoreUnavailable (try again later).
    virtual void platformFor(const Post& post, Platform::Done<Platform*> done) = 0;
};

} // namespace Podium::Core
