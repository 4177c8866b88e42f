#include "post_desk.h"

#include "common/clock.h"
#include "delegation/access_policy.h"
#include "post_service.h"
#include "practice/practice_guard.h"
#include "storage/account_repository.h"

namespace Podium::Core {

namespace {

constexpr qint64 approvalMarginSeconds = 30 * 60;

void applyContent(Post& post, const DraftContent& content)
{
    post.platform = content.platform;
    post.accountId = content.accountId;
    post.isPractice = content.platform == PlatformKind::Practice;
    post.kind = content.kind;
    post.title = content.title;
    post.body = content.body;
    post.inReplyTo = content.inReplyTo;
    post.scheduledAt = content.scheduledAt;
    post.scheduledZone = content.scheduledZone;
    post.handOff = content.handOff && !post.isPractice;
}

/// What a post needs before it may leave the drafts: a draft may be half typed, a submitted one may not.
Result<void> checkComplete(const Post& post)
{
    if (postKindNeedsText(post.kind) && post.body.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("body")};
    if (post.kind == PostKind::Article && post.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("title")};
    if (postKindNeedsTarget(post.kind) && post.inReplyTo.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("target")};
    if (post.platform != PlatformKind::Practice && post.accountId.isEmpty())
        return Error{ErrorCode::AccountNotFound, QStringLiteral("no account given")};
    return {};
}

} // namespace

PostDesk::PostDesk(PostService& posts, const AccessPolicy& access, QObject* parent)
    : QObject(parent)
    , m_posts(posts)
    , m_access(access)
    , m_practice(std::make_unique<PracticeGuard>(posts.database()))
{}

PostDesk::~PostDesk() = default;

QDateTime PostDesk::approveByFor(const Post& post, const QDateTime& now, bool withoutApproval)
{
    if (!post.scheduledAt.isValid())
        return withoutApproval ? now : QDateTime();
    const QDateTime margin = post.scheduledAt.addSecs(-approvalMarginSeconds);
    return margin > now ? margin : post.scheduledAt;
}

Result<Post> PostDesk::findFor(const QString& actorId, const QString& postId, PostAction action) const
{
    Result<Post> post = m_posts.find(postId);
    if (!post)
        return post;
    if (const Result<void> allowed = m_access.checkPost(actorId, *post, action); !allowed)
        return allowed.error();
    return post;
}

Result<void> PostDesk::checkAccount(const QString& authorId, const DraftContent& content) const
{
    if (content.accountId.isEmpty())
        return {};
    const Result<NetworkAccount> account = AccountRepository(m_posts.database()).find(content.accountId);
    if (!account)
        return account.error();
    if (account->personId != authorId || account->platform != content.platform)
        return Error{ErrorCode::AccountNotTheAuthors, content.accountId};
    return {};
}

Result<Post> PostDesk::createDraft(const QString& actorId, const QString& executiveId, const DraftContent& content)
{
    if (const Result<void> allowed = m_access.check(actorId, executiveId, PostAction::Draft); !allowed)
        return allowed.error();
    if (const Result<void> account = checkAccount(executiveId, content); !account)
        return account.error();
    if (const Result<void> live = m_practice->checkLive(executiveId, content.platform); !live)
        return live.error();
    NewPost request;
    request.authorId = executiveId;
    request.accountId = content.accountId;
    request.platform = content.platform;
    request.kind = content.kind;
    request.title = content.title;
    request.body = content.body;
    request.inReplyTo = content.inReplyTo;
    request.preparedBy = actorId;
    request.scheduledAt = content.scheduledAt;
    request.scheduledZone = content.scheduledZone;
    request.handOff = content.handOff;
    return m_posts.create(request);
}

Result<Post> PostDesk::saveDraft(const QString& actorId, const QString& postId, const DraftContent& content)
{
    const Result<Post> post = findFor(actorId, postId, PostAction::Draft);
    if (!post)
        return post;
    if (const Result<void> account = checkAccount(post->authorId, content); !account)
        return account.error();
    if (const Result<void> live = m_practice->checkLive(post->authorId, content.platform); !live)
        return live.error();
    return m_posts.revise(postId, {PostState::Draft, PostState::ChangesRequested},
                          [&](Post& post) { applyContent(post, content); });
}

Result<Post> PostDesk::submit(const QString& actorId, const QString& postId)
{
    const Result<Post> post = findFor(actorId, postId, PostAction::Submit);
    if (!post)
        return post;
    if (post->state != PostState::Draft && post->state != PostState::ChangesRequested)
        return Error{ErrorCode::PostStateInvalid, postStateName(post->state)};
    if (const Result<void> complete = checkComplete(*post); !complete)
        return complete.error();
    if (const Result<void> live = m_practice->checkLive(post->authorId, post->platform); !live)
        return live.error();
    const QDateTime now = m_posts.clock().now();
    if (post->scheduledAt.isValid() && post->scheduledAt < now)
        return Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};
    const std::initializer_list<PostState> from{PostState::Draft, PostState::ChangesRequested};

    if (actorId == post->authorId) {
        // The executive's own decision is their approval: nothing waits for anyone.
        return m_posts.transition(postId, from, PostState::Scheduled, actorId, QStringLiteral("post.scheduled"), {},
                                  [&](Post& p) {
                                      p.approvedBy = actorId;
                                      p.approveBy = {};
                                      if (!p.scheduledAt.isValid())
                                          p.scheduledAt = now;
                                  });
    }
    const Result<bool> withoutApproval = m_access.publishesWithoutApproval(actorId, post->authorId);
    if (!withoutApproval)
        return withoutApproval.error();
    return m_posts.transition(postId, from, PostState::AwaitingApproval, actorId, QStringLiteral("post.submitted"), {},
                              [&](Post& p) {
                                  p.submittedTitle = p.title;
                                  p.submittedBody = p.body;
                                  p.approvedBy.clear();
                                  p.approveBy = approveByFor(p, now, *withoutApproval);
                              });
}

Result<Post> PostDesk::approve(const QString& actorId, const QString& postId, const std::optional<DraftContent>& edits)
{
    const Result<Post> post = findFor(actorId, postId, PostAction::Approve);
    if (!post)
        return post;
    if (const Result<void> live = m_practice->checkLive(post->authorId, edits ? edits->platform : post->platform);
        !live)
        return live.error();
    const QDateTime now = m_posts.clock().now();
    if (edits) {
        Post edited = *post;
        applyContent(edited, *edits);
        if (const Result<void> complete = checkComplete(edited); !complete)
            return complete.error();
        if (edits->scheduledAt.isValid() && edits->scheduledAt < now)
            return Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};
    }
    return m_posts.transition(postId, {PostState::AwaitingApproval, PostState::Overdue}, PostState::Scheduled, actorId,
                              QStringLiteral("post.approved"),
                              edits ? QStringLiteral("approved with the executive's edits") : QString(), [&](Post& p) {
                                  if (edits)
                                      applyContent(p, *edits);
                                  p.approvedBy = actorId;
                                  p.approveBy = {};
                                  p.reviewComment.clear();
                                  // A post whose time passed while it waited goes out now rather than being missed.
                                  if (!p.scheduledAt.isValid() || p.scheduledAt < now)
                                      p.scheduledAt = now;
                              });
}

Result<Post> PostDesk::requestChanges(const QString& actorId, const QString& postId, const QString& comment)
{
    if (const Result<Post> post = findFor(actorId, postId, PostAction::Approve); !post)
        return post;
    if (comment.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("comment")};
    return m_posts.transition(postId, {PostState::AwaitingApproval, PostState::Overdue}, PostState::ChangesRequested,
                              actorId, QStringLiteral("post.changes-requested"), comment, [&](Post& p) {
                                  p.reviewComment = comment;
                                  p.approveBy = {};
                              });
}

Result<Post> PostDesk::reschedule(const QString& actorId, const QString& postId, const QDateTime& at,
                                  const QString& zone)
{
    const Result<Post> post = findFor(actorId, postId, PostAction::Schedule);
    if (!post)
        return post;
    if (const Result<void> live = m_practice->checkLive(post->authorId, post->platform); !live)
        return live.error();
    const QDateTime now = m_posts.clock().now();
    if (at.isValid() && at < now)
        return Error{ErrorCode::PostTimeInvalid, QStringLiteral("in the past")};
    // Not from Draft: that is submitting, which is where approval is asked for.
    return m_posts.transition(postId,
                              {PostState::Scheduled, PostState::Missed, PostState::RetryWaiting,
                               PostState::NeedsReconnect, PostState::Failed},
                              PostState::Scheduled, actorId, QStringLiteral("post.rescheduled"), {}, [&](Post& p) {
                                  p.scheduledAt = at.isValid() ? at : now;
                                  p.scheduledZone = zone;
                                  p.attempts = 0;
                                  p.nextAttemptAt = {};
                                  p.lastErrorCode.clear();
                                  p.lastErrorDetail.clear();
                              });
}

Result<Post> PostDesk::cancel(const QString& actorId, const QString& postId)
{
    if (const Result<Post> post = findFor(actorId, postId, PostAction::Cancel); !post)
        return post;
    return m_posts.cancel(postId, actorId);
}

Result<Post> PostDesk::find(const QString& actorId, const QString& postId) const
{
    return findFor(actorId, postId, PostAction::Read);
}

Result<QList<Post>> PostDesk::list(const QString& actorId, const PostFilter& filter) const
{
    PostFilter allowed = filter;
    QStringList asked = filter.authorIds;
    if (!filter.authorId.isEmpty())
        asked.append(filter.authorId);
    if (asked.isEmpty()) {
        const Result<QStringList> readable = m_access.readableAuthors(actorId);
        if (!readable)
            return readable.error();
        asked = *readable;
        // Whatever their role, a person reads the posts they are the author of.
        if (!asked.contains(actorId))
            asked.append(actorId);
    } else {
        for (const QString& author : std::as_const(asked))
            if (const Result<void> readable = m_access.check(actorId, author, PostAction::Read); !readable)
                return readable.error();
    }
    allowed.authorIds = asked;
    return m_posts.list(allowed);
}

} // namespace Podium::Core
