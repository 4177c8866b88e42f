#include "publisher.h"

#include "common/clock.h"
#include "delegation/access_policy.h"
#include "platform_directory.h"
#include "posts/post_service.h"
#include "practice/practice_guard.h"
#include "preflight.h"

#include <QPointer>
#include <QRandomGenerator>

namespace Podium::Core {

namespace {

const QString publishing = QStringLiteral("post.publishing");

/// How many free slots make a refill worth its query and its claim transaction.
constexpr int refillBatch = 4;

bool needsReconnect(const Error& error)
{
    return error.code == ErrorCode::PlatformCredentialRefused || error.code == ErrorCode::SecretNotFound;
}

bool worthRetrying(const Error& error)
{
    return isTransient(error.code) || error.code == ErrorCode::SecretStoreUnavailable;
}

/// A post that waited for its author's practice session is judged by its time like a scheduled one.
bool waitsForItsTime(const Post& post)
{
    return post.state == PostState::Scheduled ||
           (post.state == PostState::RetryWaiting &&
            post.lastErrorCode == errorCodeName(ErrorCode::PracticeSessionLiveBlocked));
}

} // namespace

Publisher::Publisher(PostService& posts, PlatformDirectory& platforms, const Clock& clock, PublisherOptions options,
                     QObject* parent)
    : QObject(parent)
    , m_posts(posts)
    , m_platforms(platforms)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_access(std::make_unique<AccessPolicy>(posts.database(), clock))
    , m_practice(std::make_unique<PracticeGuard>(posts.database()))
{}

Publisher::~Publisher() = default;

double Publisher::random() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

qint64 Publisher::backoffMs(int attempts) const
{
    const int doublings = qBound(0, attempts - 1, 30);
    return qMin(m_options.maxRetryMs, m_options.firstRetryMs << doublings);
}

void Publisher::start()
{
    // A post left in Publishing was cut off mid-flight: the server may have it already, so ask before
    // sending it again.
    const Result<QList<Post>> interrupted = m_posts.repository().inState(PostState::Publishing, 100000);
    if (interrupted)
        for (const Post& post : *interrupted)
            if (!m_active.contains(post.id))
                attempt(post, true);
    publishDue();
}

void Publisher::publishDue()
{
    m_moreQueued = false;
    const QDateTime now = m_clock.now();
    settleApprovalDeadlines(now);
    const int room = m_options.maxInFlight - inFlight();
    if (room <= 0)
        return;
    // Posts being read back stay in their state (claimed ones do not: they are Publishing), so ask for
    // enough to get past them.
    const Result<QList<Post>> due = m_posts.repository().due(now, room + int(m_readingBack.size()));
    if (!due)
        return;
    // Read before anything is claimed, so a live post of an executive in practice is not even looked up on
    // its server. If this cannot be read, nothing goes out this round.
    const Result<QHash<QString, QDateTime>> practising = m_practice->holds(*due, now);
    if (!practising)
        return;
    int started = 0;
    int missed = 0;
    QStringList toClaim;
    for (const Post& post : *due) {
        if (started + toClaim.size() >= room)
            break;
        if (m_active.contains(post.id))
            continue;
        if (post.state == PostState::HandedOff) {
            ++started;
            readBack(post);
            continue;
        }
        if (waitsForItsTime(post) && post.scheduledAt.secsTo(now) > m_options.graceSeconds) {
            if (settle(post, {post.state}, PostState::Missed, QStringLiteral("post.missed"), {})) {
                ++missed;
                Q_EMIT postMissed(post.id);
            }
            continue;
        }
        if (practising->contains(post.id)) {
            holdForPractice(post, false, practising->value(post.id));
            continue;
        }
        toClaim.append(post.id);
    }
    // Claimed together: one transaction, one disk flush, and each claim is on disk before its request leaves.
    // A post someone else moved first is simply not among the claimed.
    const Result<QList<Post>> claimed =
        toClaim.isEmpty() ? Result<QList<Post>>(QList<Post>())
                          : m_posts.transitionEach(toClaim, {PostState::Scheduled, PostState::RetryWaiting},
                                                   PostState::Publishing, publishing, [](Post& p) { ++p.attempts; });
    if (claimed) {
        for (const Post& post : *claimed) {
            ++started;
            attempt(post, post.attempts > 1);
        }
    }
    if (started == 0 && missed > 0 && !m_moreQueued) {
        // A page of missed posts may hide more behind it: look again before calling it a day.
        m_moreQueued = true;
        QMetaObject::invokeMethod(this, &Publisher::publishDue, Qt::QueuedConnection);
        return;
    }
    if (started == 0 && m_active.isEmpty())
        Q_EMIT idle();
}

void Publisher::settleApprovalDeadlines(const QDateTime& now)
{
    const Result<QList<Post>> waiting = m_posts.repository().pastApprovalDeadline(now, 1000);
    if (!waiting || waiting->isEmpty())
        return;
    QStringList goAhead;
    QStringList hold;
    for (const Post& post : *waiting)
        (mayPublish(post) ? goAhead : hold).append(post.id);
    if (!goAhead.isEmpty())
        (void)m_posts.transitionEach(goAhead, {PostState::AwaitingApproval}, PostState::Scheduled,
                                     QStringLiteral("post.approval-waived"), [&](Post& p) {
                                         if (!p.scheduledAt.isValid())
                                             p.scheduledAt = now;
                                     });
    if (hold.isEmpty())
        return;
    const Result<QList<Post>> held =
        m_posts.transitionEach(hold, {PostState::AwaitingApproval}, PostState::Overdue, QStringLiteral("post.overdue"));
    if (held)
        for (const Post& post : *held)
            Q_EMIT postOverdue(post.id);
}

void Publisher::holdForPractice(const Post& post, bool claimed, const QDateTime& until)
{
    const Error blocked{ErrorCode::PracticeSessionLiveBlocked, QStringLiteral("the author is in a practice session")};
    const QString action = QStringLiteral("post.held-for-practice");
    const auto wait = [&](Post& p) {
        // A hold is no attempt: the post never left.
        if (claimed)
            p.attempts = qMax(0, p.attempts - 1);
        p.nextAttemptAt = until;
        p.lastErrorCode = blocked.codeName();
        p.lastErrorDetail = blocked.detail;
    };
    const Result<Post> held =
        claimed ? settle(post, {PostState::Publishing}, PostState::RetryWaiting, action, blocked.codeName(), wait)
                : settle(post, {PostState::Scheduled, PostState::RetryWaiting}, PostState::RetryWaiting, action,
                         blocked.codeName(), wait);
    if (held)
        Q_EMIT postRetryScheduled(post.id, until, blocked);
}

bool Publisher::mayPublish(const Post& post) const
{
    if (post.preparedBy.isEmpty() || post.preparedBy == post.authorId || post.approvedBy == post.authorId)
        return true;
    // A database error reads as "no": the post is held for a person rather than sent unapproved.
    const Result<bool> allowed = m_access->publishesWithoutApproval(post.preparedBy, post.authorId);
    return allowed && *allowed;
}

void Publisher::attempt(const Post& post, bool reconcileFirst)
{
    m_active.insert(post.id);
    QPointer<Publisher> self(this);
    m_platforms.platformFor(post, [this, self, post, reconcileFirst](Result<Platform*> platform) {
        if (!self)
            return;
        if (!platform) {
            failed(post, platform.error());
            return;
        }
        if (!post.remoteId.isEmpty()) {
            confirm(post, *platform, post.remoteId);
            return;
        }
        if (!reconcileFirst || post.kind == PostKind::Like || post.kind == PostKind::Follow) {
            // Liking and following twice changes nothing on any server, so there is nothing to look up.
            send(post, *platform);
            return;
        }
        Platform* target = *platform;
        target->findPublished(outgoing(post), [this, self, post, target](Result<std::optional<RemotePost>> found) {
            if (!self)
                return;
            if (!found)
                failed(post, found.error());
            else if (found->has_value())
                received(post, target, **found);
            else
                send(post, target);
        });
    });
}

void Publisher::send(const Post& post, Platform* platform)
{
    // Checked again at the last moment: a practice session may have started since the post was claimed.
    const Result<QHash<QString, QDateTime>> practising = m_practice->holds({post}, m_clock.now());
    if (!practising || practising->contains(post.id)) {
        holdForPractice(post, true, practising ? practising->value(post.id) : m_clock.now().addSecs(60));
        finished(post.id);
        return;
    }
    // Checked again at the last moment: a grant revoked or expired since the post was queued stops it here.
    if (!mayPublish(post)) {
        if (settle(post, {PostState::Publishing}, PostState::Overdue, QStringLiteral("post.held"),
                   QStringLiteral("not approved by the author, and no grant in force allows that"), [](Post& p) {
                       p.attempts = qMax(0, p.attempts - 1);
                       p.nextAttemptAt = {};
                   }))
            Q_EMIT postOverdue(post.id);
        finished(post.id);
        return;
    }
    // The last pre-flight: a post edited since it was queued, or a server whose rules changed, fails here
    // with the reason instead of with the server's refusal.
    if (const Result<void> fits = Preflight::checkContent(post, platform->capabilities()); !fits) {
        failed(post, fits.error());
        return;
    }
    QPointer<Publisher> self(this);
    const auto done = [this, self, post](Result<void> result) {
        if (!self)
            return;
        if (result)
            published(post, {}, {});
        else
            failed(post, result.error());
    };
    if (post.kind == PostKind::Like) {
        platform->like(post.inReplyTo, done);
        return;
    }
    if (post.kind == PostKind::Follow) {
        platform->follow(post.inReplyTo, done);
        return;
    }
    OutgoingPost out = outgoing(post);
    if (post.handOff && post.scheduledAt > m_clock.now()) {
        const PlatformCapabilities capabilities = platform->capabilities();
        // A minute's margin over the server's own minimum, for the time the request takes and clock skew.
        const qint64 lead = capabilities.minimumScheduleLeadSeconds + 60;
        if (!capabilities.nativeScheduling || m_clock.now().secsTo(post.scheduledAt) < lead) {
            // Too close to its time (or the network cannot hold posts): Podium publishes it at its time.
            (void)settle(post, {PostState::Publishing}, PostState::Scheduled, QStringLiteral("post.hand-off-declined"),
                         {}, [](Post& p) {
                             p.handOff = false;
                             p.attempts = qMax(0, p.attempts - 1);
                         });
            finished(post.id);
            return;
        }
    }
    platform->publish(out, [this, self, post, platform](Result<RemotePost> remote) {
        if (!self)
            return;
        if (remote)
            received(post, platform, *remote);
        else
            failed(post, remote.error());
    });
}

void Publisher::received(const Post& post, Platform* platform, const RemotePost& remote)
{
    if (remote.state == RemotePost::State::ScheduledOnServer) {
        const QDateTime serverTime = remote.publishedAt.isValid() ? remote.publishedAt : post.scheduledAt;
        if (settle(post, {PostState::Publishing}, PostState::HandedOff, QStringLiteral("post.handed-off"), {},
                   [&](Post& p) {
                       p.remoteId = remote.remoteId;
                       p.nextAttemptAt = serverTime.addSecs(m_options.handOffCheckSeconds);
                   }))
            Q_EMIT postHandedOff(post.id);
        finished(post.id);
        return;
    }
    if (remote.url.isValid() && !remote.url.isEmpty()) {
        // The server's answer to the create is its own word that the post is live, with its address; a
        // second request to read it back would say the same and double the cost of every post.
        published(post, remote.remoteId, remote.url);
        return;
    }
    confirm(post, platform, remote.remoteId);
}

void Publisher::confirm(const Post& post, Platform* platform, const QString& remoteId)
{
    QPointer<Publisher> self(this);
    platform->confirmLive(remoteId, [this, self, post, remoteId](Result<RemotePost> live) {
        if (!self)
            return;
        if (!live) {
            failed(post, live.error(), remoteId);
            return;
        }
        if (live->state == RemotePost::State::ScheduledOnServer) {
            received(post, nullptr, *live);
            return;
        }
        published(post, remoteId, live->url);
    });
}

void Publisher::readBack(const Post& post)
{
    m_active.insert(post.id);
    m_readingBack.insert(post.id);
    QPointer<Publisher> self(this);
    m_platforms.platformFor(post, [this, self, post](Result<Platform*> platform) {
        if (!self)
            return;
        const auto checkLater = [this, post](const QString& detail) {
            // If this write fails the post stays HandedOff and due, and is simply read back again.
            (void)settle(post, {PostState::HandedOff}, PostState::HandedOff, QStringLiteral("post.checked"), detail,
                         [&](Post& p) { p.nextAttemptAt = m_clock.now().addSecs(m_options.handOffCheckSeconds); });
            finished(post.id);
        };
        if (!platform) {
            checkLater(platform.error().codeName());
            return;
        }
        Platform* target = *platform;
        target->confirmLive(post.remoteId, [this, self, post, checkLater, target](Result<RemotePost> live) {
            if (!self)
                return;
            if (live && live->state == RemotePost::State::Live) {
                published(post, post.remoteId, live->url);
            } else if (!live && live.error().code == ErrorCode::PlatformTargetNotFound) {
                // Mastodon drops a scheduled status's id once it publishes it: look for the published post.
                lookUpHandedOff(post, target);
            } else if (!live && !worthRetrying(live.error())) {
                giveUp(post, live.error());
                finished(post.id);
            } else {
                checkLater(live ? QStringLiteral("still scheduled on the server") : live.error().codeName());
            }
        });
    });
}

void Publisher::lookUpHandedOff(const Post& post, Platform* platform)
{
    QPointer<Publisher> self(this);
    platform->findPublished(outgoing(post), [this, self, post](Result<std::optional<RemotePost>> found) {
        if (!self)
            return;
        if (found && found->has_value() && (*found)->state == RemotePost::State::Live) {
            published(post, (*found)->remoteId, (*found)->url);
            return;
        }
        if (found && !found->has_value()) {
            giveUp(post, Error{ErrorCode::PlatformTargetNotFound, QStringLiteral("the server no longer has the post")});
        } else {
            // Still held by the server, or the lookup failed: read it back again later.
            (void)settle(post, {PostState::HandedOff}, PostState::HandedOff, QStringLiteral("post.checked"), {},
                         [&](Post& p) { p.nextAttemptAt = m_clock.now().addSecs(m_options.handOffCheckSeconds); });
        }
        finished(post.id);
    });
}

void Publisher::published(const Post& post, const QString& remoteId, const QUrl& url)
{
    if (settle(post, {PostState::Publishing, PostState::HandedOff}, PostState::Published,
               QStringLiteral("post.published"), {}, [&](Post& p) {
                   p.remoteId = remoteId;
                   p.remoteUrl = url.toString();
                   p.publishedBy = p.authorId;
                   p.nextAttemptAt = {};
                   p.lastErrorCode.clear();
                   p.lastErrorDetail.clear();
               }))
        Q_EMIT postPublished(post.id, url);
    finished(post.id);
}

void Publisher::failed(const Post& post, const Error& error, const QString& remoteId)
{
    const auto record = [&](Post& p) {
        p.lastErrorCode = error.codeName();
        p.lastErrorDetail = error.detail;
        if (!remoteId.isEmpty())
            p.remoteId = remoteId;
    };
    if (needsReconnect(error)) {
        giveUp(post, error, remoteId);
    } else if (worthRetrying(error) && (m_options.maxAttempts == 0 || post.attempts < m_options.maxAttempts) &&
               (post.scheduledAt.isValid() ? post.scheduledAt : post.createdAt).secsTo(m_clock.now()) <
                   m_options.giveUpAfterSeconds) {
        // Equal jitter: half the backoff for sure, half at random, so many failed posts do not return at once.
        const qint64 backoff = backoffMs(post.attempts);
        QDateTime at = m_clock.now().addMSecs(backoff / 2 + qint64(double(backoff / 2) * random()));
        if (error.retryAt.isValid() && error.retryAt > at)
            at = error.retryAt;
        if (settle(post, {PostState::Publishing}, PostState::RetryWaiting, QStringLiteral("post.retry"),
                   error.codeName(), [&](Post& p) {
                       record(p);
                       p.nextAttemptAt = at;
                   }))
            Q_EMIT postRetryScheduled(post.id, at, error);
    } else {
        Error final = error;
        if (worthRetrying(error))
            final.detail = QStringLiteral("gave up after %1 attempts: %2").arg(post.attempts).arg(error.detail);
        giveUp(post, final, remoteId);
    }
    finished(post.id);
}

void Publisher::giveUp(const Post& post, const Error& error, const QString& remoteId)
{
    const bool reconnect = needsReconnect(error);
    const PostState to = reconnect ? PostState::NeedsReconnect : PostState::Failed;
    if (!settle(post, {PostState::Publishing, PostState::HandedOff}, to,
                reconnect ? QStringLiteral("post.needs-reconnect") : QStringLiteral("post.failed"), error.codeName(),
                [&](Post& p) {
                    p.lastErrorCode = error.codeName();
                    p.lastErrorDetail = error.detail;
                    if (!remoteId.isEmpty())
                        p.remoteId = remoteId;
                }))
        return;
    if (reconnect)
        Q_EMIT postNeedsReconnect(post.id, error);
    else
        Q_EMIT postFailed(post.id, error);
}

Result<Post> Publisher::settle(const Post& post, std::initializer_list<PostState> from, PostState to,
                               const QString& action, const QString& detail, const std::function<void(Post&)>& change)
{
    // Deferred: if a power cut loses an outcome, the post is back in Publishing (its claim was flushed) and
    // is reconciled with the server before anything is sent again.
    // The publisher holds the post as it last wrote it, so the row need not be read again.
    return m_posts.transition(post, from, to, {}, action, detail, change, Durability::Deferred);
}

void Publisher::finished(const QString& id)
{
    m_active.remove(id);
    m_readingBack.remove(id);
    // Refill once a few slots are free: one look at the queue and one claim (one disk flush) per batch
    // rather than per post, while the pipe to the server stays nearly full.
    if (m_moreQueued || inFlight() > m_options.maxInFlight - refillBatch)
        return;
    // Continue from the event loop, so a long queue never recurses through the callbacks.
    m_moreQueued = true;
    QMetaObject::invokeMethod(this, &Publisher::publishDue, Qt::QueuedConnection);
}

OutgoingPost Publisher::outgoing(const Post& post) const
{
    OutgoingPost out;
    out.id = post.id;
    out.kind = post.kind;
    out.title = post.title;
    out.body = post.body;
    out.target = post.inReplyTo;
    // Only a hand-off asks the server to hold the post; otherwise it goes out now, at its time.
    if (post.handOff)
        out.scheduledAt = post.scheduledAt;
    return out;
}

} // namespace Podium::Core
