#include "publishing_services.h"

#include "account_platforms.h"
#include "accounts/account_service.h"
#include "platforms/mastodon/mastodon_platform.h"
#include "platforms/wordpress/wordpress_platform.h"
#include "posts/post_service.h"
#include "publisher.h"
#include "scheduler.h"
#include "storage/publisher_lock.h"
#include "wall_clock_alarm.h"
#include "workspace/workspace.h"

namespace Podium::Core {

PublishingServices::PublishingServices(Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network)
    : m_workspace(workspace)
    , m_platforms(std::make_unique<AccountPlatforms>(workspace.database(), workspace.clock(), secrets))
    , m_accounts(std::make_unique<AccountService>(workspace.database(), workspace.clock(), secrets, *m_platforms))
{
    const Clock& clock = workspace.clock();
    m_platforms->setFactory(PlatformKind::Mastodon, [network, &clock](const NetworkAccount& account,
                                                                      const QString& secret) {
        return std::unique_ptr<Platform>(std::make_unique<MastodonPlatform>(network, clock, account.serverUrl, secret));
    });
    m_platforms->setFactory(
        PlatformKind::WordPress, [network, &clock](const NetworkAccount& account, const QString& secret) {
            return std::unique_ptr<Platform>(
                std::make_unique<WordPressPlatform>(network, clock, account.serverUrl, account.handle, secret));
        });
}

PublishingServices::~PublishingServices()
{
    // The publisher and scheduler refer to the platforms; they go first.
    m_publisher.reset();
    m_scheduler.reset();
}

Result<void> PublishingServices::startPublishing(PublisherOptions options)
{
    if (m_publisher)
        return {};
    Result<std::unique_ptr<PublisherLock>> lock = PublisherLock::acquire(m_workspace.database());
    if (!lock)
        return lock.error();
    m_lock = std::move(*lock);
    m_alarm = std::make_unique<WallClockAlarm>();
    m_scheduler = std::make_unique<Scheduler>(m_workspace.posts(), *m_alarm);
    m_publisher =
        std::make_unique<Publisher>(m_workspace.posts(), *m_platforms, m_workspace.clock(), std::move(options));
    QObject::connect(m_scheduler.get(), &Scheduler::postsDue, m_publisher.get(), &Publisher::publishDue);
    m_publisher->start();
    m_scheduler->start();
    return {};
}

} // namespace Podium::Core
