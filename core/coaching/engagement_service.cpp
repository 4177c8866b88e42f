#include "engagement_service.h"

#include "common/clock.h"
#include "storage/activity_repository.h"

#include <QPointer>

namespace Podium::Core {

EngagementService::EngagementService(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_activities(std::make_unique<ActivityRepository>(database))
{}

EngagementService::~EngagementService() = default;

void EngagementService::like(const QString& personId, Platform& platform, const FeedItem& item,
                             Platform::Done<void> done)
{
    QPointer<EngagementService> self(this);
    Platform* target = &platform;
    platform.like(item.remoteId, [this, self, personId, target, item, done](Result<void> outcome) {
        if (self)
            record(personId, *target, item, false, std::move(outcome), done);
    });
}

void EngagementService::follow(const QString& personId, Platform& platform, const FeedItem& item,
                               Platform::Done<void> done)
{
    QPointer<EngagementService> self(this);
    Platform* target = &platform;
    platform.follow(item.authorId, [this, self, personId, target, item, done](Result<void> outcome) {
        if (self)
            record(personId, *target, item, true, std::move(outcome), done);
    });
}

void EngagementService::record(const QString& personId, Platform& platform, const FeedItem& item, bool isFollow,
                               Result<void> outcome, const Platform::Done<void>& done)
{
    if (!outcome) {
        done(std::move(outcome));
        return;
    }
    Activity activity;
    activity.personId = personId;
    activity.kind = isFollow ? ActivityKind::Follow : ActivityKind::Like;
    activity.isPractice = platform.kind() == PlatformKind::Practice;
    activity.targetIsExecutive = item.authorIsExecutive;
    // Counted by what it was about, so liking a post or following a colleague twice counts once.
    activity.reference = isFollow ? item.authorId : item.remoteId;
    activity.occurredAt = m_clock.now();
    const Result<void> recorded = m_activities->append(activity);
    if (recorded)
        Q_EMIT activityRecorded(personId);
    done(recorded);
}

} // namespace Podium::Core
