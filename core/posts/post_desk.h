#pragma once

#include "common/result.h"
#include "delegation/post_action.h"
#include "draft_content.h"
#include "post.h"
#include "storage/post_repository.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Podium::Core {

class AccessPolicy;
class PostService;
class PracticeGuard;

/// Every change a person makes to posts, checked against the grant they act under: drafting, submitting
/// for approval, approving, asking for changes, rescheduling and cancelling. The executive stays the author
/// of record; who prepared and who approved is kept, and each step is audited with actor and acting-for.
/// While the executive is in a practice session, anything aimed at a live network is refused
/// (PracticeSessionLiveBlocked); cancelling and asking for changes never are.
class PostDesk : public QObject
{
    Q_OBJECT

public:
    PostDesk(PostService& posts, const AccessPolicy& access, QObject* parent = nullptr);
    ~PostDesk() override;

    Result<Post> createDraft(const QString& actorId, const QString& executiveId, const DraftContent& content);
    /// Autosave: Draft or ChangesRequested only, no state change, NOT an audit event per save (it is called as
    /// the person types).
    Result<Post> saveDraft(const QString& actorId, const QString& postId, const DraftContent& content);
    /// A delegate's post goes to AwaitingApproval (stores submitted text, approveBy); the executive's own goes
    /// straight to Scheduled (at scheduledAt, or as soon as possible when invalid). Refuses a time in the past
    /// (PostTimeInvalid).
    Result<Post> submit(const QString& actorId, const QString& postId);
    /// Executive only. AwaitingApproval or Overdue -> Scheduled; with `edits`, the executive's edited text goes
    /// out (edit and approve). An Overdue post whose time passed is published as soon as possible.
    Result<Post> approve(const QString& actorId, const QString& postId,
                         const std::optional<DraftContent>& edits = std::nullopt);
    /// Executive only. AwaitingApproval or Overdue -> ChangesRequested with the comment for the delegate.
    Result<Post> requestChanges(const QString& actorId, const QString& postId, const QString& comment);
    /// A queued post (Scheduled, Missed, RetryWaiting, NeedsReconnect, Failed) to a new time; its approval
    /// stands, since the text did not change.
    Result<Post> reschedule(const QString& actorId, const QString& postId, const QDateTime& at, const QString& zone);
    Result<Post> cancel(const QString& actorId, const QString& postId);
    Result<Post> find(const QString& actorId, const QString& postId) const;
    /// The posts of the executives the actor may read (and the actor's own); a filter naming an author the
    /// actor may not read is refused with the reason.
    Result<QList<Post>> list(const QString& actorId, const PostFilter& filter) const;
    const AccessPolicy& access() const { return m_access; }

    /// When a delegate's post stops waiting for approval: 30 minutes before its time, or its time when that
    /// is sooner. The margin lets the executive be reminded while there is still time, and lets a post
    /// approved at the deadline still be handed to a server that needs it some minutes ahead. Without a time,
    /// it waits for the executive (invalid), unless the grant lets it go without approval (now).
    static QDateTime approveByFor(const Post& post, const QDateTime& now, bool withoutApproval);

private:
    Result<Post> findFor(const QString& actorId, const QString& postId, PostAction action) const;
    /// The account must be the author's own on the post's network: a delegate holding grants from two
    /// executives must never publish one's words under the other's name.
    Result<void> checkAccount(const QString& authorId, const DraftContent& content) const;

    PostService& m_posts;
    const AccessPolicy& m_access;
    std::unique_ptr<PracticeGuard> m_practice;
};

} // namespace Podium::Core
