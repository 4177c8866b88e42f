#pragma once

#include "common/result.h"
#include "platforms/feed_item.h"
#include "platforms/platform.h"

#include <QObject>

#include <memory>

namespace Podium::Core {

class ActivityRepository;
class Clock;
class Database;

/// Likes colleagues' posts and follows colleagues from the feed (the weekly routine), recording each as
/// activity for the onboarding path once the network has confirmed it, and never when it refused.
class EngagementService : public QObject
{
    Q_OBJECT

public:
    EngagementService(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~EngagementService() override;

    /// Likes `item` on `platform` for `personId`. `done` runs once, from the event loop, after the activity
    /// is recorded (or with the network's error).
    void like(const QString& personId, Platform& platform, const FeedItem& item, Platform::Done<void> done);
    /// Follows the author of `item`.
    void follow(const QString& personId, Platform& platform, const FeedItem& item, Platform::Done<void> done);

Q_SIGNALS:
    /// Something the path counts was recorded for the person: views of their progress may refresh.
    void activityRecorded(const QString& personId);

private:
    void record(const QString& personId, Platform& platform, const FeedItem& item, bool isFollow, Result<void> outcome,
                const Platform::Done<void>& done);

    const Clock& m_clock;
    std::unique_ptr<ActivityRepository> m_activities;
};

} // namespace Podium::Core
