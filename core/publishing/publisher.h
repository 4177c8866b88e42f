#pragma once

#include "common/result.h"
#include "platforms/platform.h"
#include "posts/post.h"
#include "publisher_options.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <memory>

namespace Podium::Core {

class AccessPolicy;
class Clock;
class PlatformDirectory;
class PostService;
class PracticeGuard;

/// Publishes due posts exactly once: claims each (Scheduled or RetryWaiting → Publishing) in a
/// transaction, reconciles with the server before any retry, calls it Published only on the server's word
/// (its answer with the post's address, or a read-back), retries transient failures with backoff and jitter, and tells
/// people about every outcome. Never publishes a delegate's post the executive did not approve unless the
/// grant in force allows it: such posts are held as Overdue when their approval deadline passes, and again
/// at the moment of sending. Never sends a live post of an executive in a practice session: it waits as
/// RetryWaiting (PracticeSessionLiveBlocked) until the session's planned end. Only one Publisher may run per
/// workspace (see PublisherLock).
class Publisher : public QObject
{
    Q_OBJECT

public:
    Publisher(PostService& posts, PlatformDirectory& platforms, const Clock& clock, PublisherOptions options = {},
              QObject* parent = nullptr);
    ~Publisher() override;

    /// Reconciles posts left in Publishing by a crash, then publishes whatever is due.
    void start();
    /// Claims and sends the posts due now, up to the in-flight limit.
    void publishDue();
    int inFlight() const { return int(m_active.size()); }
    /// The delay before attempt number `attempts + 1`, before jitter and Retry-After.
    qint64 backoffMs(int attempts) const;

Q_SIGNALS:
    void postPublished(const QString& id, const QUrl& url);
    void postHandedOff(const QString& id);
    void postRetryScheduled(const QString& id, const QDateTime& at, const Podium::Core::Error& error);
    void postFailed(const QString& id, const Podium::Core::Error& error);
    void postNeedsReconnect(const QString& id, const Podium::Core::Error& error);
    void postMissed(const QString& id);
    /// A post is held for the executive's approval: its deadline passed, or it was about to go out unapproved.
    void postOverdue(const QString& id);
    /// Nothing is in flight and nothing more was due.
    void idle();

private:
    /// Posts whose approval deadline passed: held as Overdue, or Scheduled where the grant allows publishing
    /// without approval.
    void settleApprovalDeadlines(const QDateTime& now);
    /// True when the post may go out: its author prepared or approved it, or the grant in force allows it.
    bool mayPublish(const Post& post) const;
    /// Puts a post whose author is practising back to wait until `until`, and says so. `claimed` when it was
    /// already Publishing.
    void holdForPractice(const Post& post, bool claimed, const QDateTime& until);
    void attempt(const Post& post, bool reconcileFirst);
    void send(const Post& post, Platform* platform);
    void received(const Post& post, Platform* platform, const RemotePost& remote);
    void confirm(const Post& post, Platform* platform, const QString& remoteId);
    void readBack(const Post& post);
    void lookUpHandedOff(const Post& post, Platform* platform);
    void published(const Post& post, const QString& remoteId, const QUrl& url);
    void failed(const Post& post, const Error& error, const QString& remoteId = {});
    /// Ends a post as NeedsReconnect (a refused sign-in) or Failed, with the reason, and says so.
    void giveUp(const Post& post, const Error& error, const QString& remoteId = {});
    void finished(const QString& id);
    /// Records an outcome of publishing (every transition but the claim).
    Result<Post> settle(const Post& post, std::initializer_list<PostState> from, PostState to, const QString& action,
                        const QString& detail, const std::function<void(Post&)>& change = {});
    OutgoingPost outgoing(const Post& post) const;
    double random() const;

    PostService& m_posts;
    PlatformDirectory& m_platforms;
    const Clock& m_clock;
    PublisherOptions m_options;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<PracticeGuard> m_practice;
    QSet<QString> m_active;
    /// The part of m_active that is handed-off posts being read back.
    QSet<QString> m_readingBack;
    bool m_moreQueued = false;
};

} // namespace Podium::Core
