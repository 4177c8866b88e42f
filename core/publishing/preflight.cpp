#include "preflight.h"

#include "platforms/character_counter.h"

namespace Podium::Core {

namespace {

bool supports(const PlatformCapabilities& capabilities, PostKind kind)
{
    switch (kind) {
    case PostKind::Status:
        return capabilities.statuses;
    case PostKind::Reply:
        return capabilities.replies;
    case PostKind::Comment:
        return capabilities.comments;
    case PostKind::Like:
        return capabilities.likes;
    case PostKind::Follow:
        return capabilities.follows;
    case PostKind::Article:
        return capabilities.articles;
    }
    return false;
}

} // namespace

Result<void> Preflight::checkContent(const Post& post, const PlatformCapabilities& capabilities)
{
    if (!supports(capabilities, post.kind))
        return Error{ErrorCode::PlatformUnsupported, postKindName(post.kind)};
    // Articles have a title and no hard limit; everything else is counted as the network counts it.
    if (post.kind != PostKind::Article && post.kind != PostKind::Like && post.kind != PostKind::Follow) {
        const CharacterCounter counter(capabilities);
        if (!counter.fits(post.body))
            return Error{ErrorCode::PlatformTextTooLong,
                         QStringLiteral("%1 of %2").arg(counter.count(post.body)).arg(capabilities.maxCharacters)};
    }
    return {};
}

void Preflight::check(const Post& post, Platform& platform, const Clock& clock, Platform::Done<void> done)
{
    Platform* target = &platform;
    const QDateTime now = clock.now();
    target->checkCredential([post, target, now, done](Result<AccountIdentity> identity) {
        if (!identity) {
            done(identity.error());
            return;
        }
        target->refreshCapabilities([post, now, done](Result<PlatformCapabilities> capabilities) {
            if (!capabilities) {
                done(capabilities.error());
                return;
            }
            if (post.scheduledAt.isValid() && post.scheduledAt < now.addSecs(-60)) {
                done(Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")});
                return;
            }
            done(checkContent(post, *capabilities));
        });
    });
}

} // namespace Podium::Core
