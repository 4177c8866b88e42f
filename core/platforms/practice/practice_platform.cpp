#include "practice_platform.h"

#include "common/clock.h"
#include "platforms/character_counter.h"
#include "storage/practice_repository.h"

#include <QTimer>

namespace Podium::Core {

namespace {

RemotePost remoteFrom(const PracticeRecord& record)
{
    return RemotePost{record.id, RemotePost::State::Live, PracticePlatform::urlFor(record.id), record.createdAt};
}

} // namespace

PracticePlatform::PracticePlatform(Database& database, const Clock& clock, QString personId)
    : m_database(database)
    , m_clock(clock)
    , m_personId(std::move(personId))
    , m_repository(std::make_unique<PracticeRepository>(database))
{}

PracticePlatform::~PracticePlatform() = default;

QUrl PracticePlatform::urlFor(const QString& practicePostId)
{
    QUrl url;
    url.setScheme(QStringLiteral("podium-practice"));
    url.setPath(QStringLiteral("post/") + practicePostId);
    return url;
}

template <typename T>
void PracticePlatform::later(std::function<Result<T>()> work, Done<T> done)
{
    QTimer::singleShot(0, &m_context, [work = std::move(work), done = std::move(done)] { done(work()); });
}

Result<void> PracticePlatform::ensureSeeded()
{
    if (m_seeded)
        return {};
    const Result<PracticeSeed> seed = PracticeSeed::builtIn();
    if (!seed)
        return seed.error();
    if (const Result<void> seeded = m_repository->seedIfEmpty(*seed, m_clock.now()); !seeded)
        return seeded;
    m_seeded = true;
    return {};
}

PlatformCapabilities PracticePlatform::capabilities() const
{
    // Mastodon's rules, so practice feels like the real thing; every kind of post can be rehearsed.
    PlatformCapabilities capabilities;
    capabilities.comments = true;
    capabilities.articles = true;
    return capabilities;
}

void PracticePlatform::refreshCapabilities(Done<PlatformCapabilities> done)
{
    later<PlatformCapabilities>([this] { return capabilities(); }, std::move(done));
}

void PracticePlatform::checkCredential(Done<AccountIdentity> done)
{
    later<AccountIdentity>(
        [this]() -> Result<AccountIdentity> {
            if (const Result<void> seeded = ensureSeeded(); !seeded)
                return seeded.error();
            return AccountIdentity{m_personId, QStringLiteral("@you"), QString(), QUrl()};
        },
        std::move(done));
}

void PracticePlatform::publish(const OutgoingPost& post, Done<RemotePost> done)
{
    later<RemotePost>(
        [this, post]() -> Result<RemotePost> {
            if (post.kind == PostKind::Like || post.kind == PostKind::Follow)
                return Error{ErrorCode::PlatformUnsupported, postKindName(post.kind)};
            if (const Result<void> seeded = ensureSeeded(); !seeded)
                return seeded.error();
            if (post.kind != PostKind::Article && !CharacterCounter(capabilities()).fits(post.body))
                return Error{ErrorCode::PlatformTextTooLong, {}};
            if (!post.target.isEmpty())
                if (const Result<PracticeRecord> parent = m_repository->find(post.target); !parent)
                    return parent.error();
            PracticeRecord record;
            record.postId = post.id;
            record.authorPersonId = m_personId;
            record.kind = postKindName(post.kind);
            record.title = post.title;
            record.body = post.body;
            record.inReplyTo = post.target;
            record.createdAt = m_clock.now();
            const Result<PracticeRecord> stored = m_repository->insertOwn(record);
            if (!stored)
                return stored.error();
            return remoteFrom(*stored);
        },
        std::move(done));
}

void PracticePlatform::like(const QString& remotePostId, Done<void> done)
{
    later<void>(
        [this, remotePostId]() -> Result<void> {
            if (const Result<void> seeded = ensureSeeded(); !seeded)
                return seeded;
            return m_repository->like(m_personId, remotePostId, m_clock.now());
        },
        std::move(done));
}

void PracticePlatform::follow(const QString& remoteAccountId, Done<void> done)
{
    later<void>(
        [this, remoteAccountId]() -> Result<void> {
            if (const Result<void> seeded = ensureSeeded(); !seeded)
                return seeded;
            return m_repository->follow(m_personId, remoteAccountId, m_clock.now());
        },
        std::move(done));
}

void PracticePlatform::findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    later<std::optional<RemotePost>>(
        [this, id = post.id]() -> Result<std::optional<RemotePost>> {
            const Result<std::optional<PracticeRecord>> found = m_repository->findByPostId(id);
            if (!found)
                return found.error();
            if (!found->has_value())
                return std::optional<RemotePost>();
            return std::optional<RemotePost>(remoteFrom(**found));
        },
        std::move(done));
}

void PracticePlatform::confirmLive(const QString& remoteId, Done<RemotePost> done)
{
    later<RemotePost>(
        [this, remoteId]() -> Result<RemotePost> {
            const Result<PracticeRecord> found = m_repository->find(remoteId);
            if (!found)
                return found.error();
            return remoteFrom(*found);
        },
        std::move(done));
}

void PracticePlatform::fetchFeed(const FeedRequest& request, Done<FeedPage> done)
{
    later<FeedPage>(
        [this, request]() -> Result<FeedPage> {
            if (const Result<void> seeded = ensureSeeded(); !seeded)
                return seeded.error();
            const int offset = request.cursor.toInt();
            const Result<QList<FeedItem>> items = m_repository->feed(m_personId, request.limit, offset);
            if (!items)
                return items.error();
            FeedPage page{*items, {}};
            if (items->size() == request.limit)
                page.nextCursor = QString::number(offset + request.limit);
            return page;
        },
        std::move(done));
}

Engagement PracticePlatform::simulatedEngagement(const QString& practicePostId) const
{
    Engagement engagement{practicePostId, 0, 0, 0};
    const Result<PracticeRecord> record = m_repository->find(practicePostId);
    if (!record)
        return engagement;
    // A like every quarter of an hour for the first three hours and a reply every hour, so a rehearsal
    // shows reactions arriving without anyone real seeing the post.
    const qint64 minutes = qMax<qint64>(0, record->createdAt.secsTo(m_clock.now()) / 60);
    engagement.likes = record->likes + int(qMin<qint64>(12, minutes / 15));
    engagement.replies = record->replies + int(qMin<qint64>(3, minutes / 60));
    return engagement;
}

void PracticePlatform::fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done)
{
    later<QList<Engagement>>(
        [this, remoteIds]() -> Result<QList<Engagement>> {
            QList<Engagement> counts;
            for (const QString& id : remoteIds) {
                if (const Result<PracticeRecord> record = m_repository->find(id); !record)
                    return record.error();
                counts.append(simulatedEngagement(id));
            }
            return counts;
        },
        std::move(done));
}

} // namespace Podium::Core
