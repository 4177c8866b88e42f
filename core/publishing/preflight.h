#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "platforms/platform.h"
#include "platforms/platform_capabilities.h"
#include "posts/post.h"

namespace Podium::Core {

/// The checks a post passes before it is queued and again before it is sent, so a person hears about a
/// problem while there is time to fix it rather than from a failed post: the credential is accepted, the
/// text fits the network's counted limit, the network does this kind of post, the time is ahead.
class Preflight
{
public:
    /// What can be judged without asking the server, against capabilities it gave earlier.
    static Result<void> checkContent(const Post& post, const PlatformCapabilities& capabilities);
    /// Everything: fresh capabilities and the credential from the server, then the content and the time.
    /// `done` is called once, from the event loop.
    static void check(const Post& post, Platform& platform, const Clock& clock, Platform::Done<void> done);
};

} // namespace Podium::Core
