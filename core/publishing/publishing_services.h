#pragma once

#include "common/result.h"
#include "publisher_options.h"

#include <memory>

class QNetworkAccessManager;

namespace Podium::Core {

class AccountPlatforms;
class AccountService;
class Alarm;
class Publisher;
class PublisherLock;
class Scheduler;
class SecretStore;
class Workspace;

/// Everything that connects a workspace to the networks, wired once for the app and the command line:
/// the platforms of its accounts, the account service, and (when started) the scheduler and publisher.
class PublishingServices
{
public:
    PublishingServices(Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network);
    ~PublishingServices();

    AccountPlatforms& platforms() { return *m_platforms; }
    AccountService& accounts() { return *m_accounts; }

    /// Takes the workspace's publisher lock and starts publishing: reconciles interrupted posts, publishes
    /// what is due, and from then on wakes for each due post. DatabaseLocked if another Podium publishes.
    Result<void> startPublishing(PublisherOptions options = {});
    /// Null until startPublishing succeeded.
    Publisher* publisher() { return m_publisher.get(); }
    Scheduler* scheduler() { return m_scheduler.get(); }

private:
    Workspace& m_workspace;
    std::unique_ptr<AccountPlatforms> m_platforms;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<PublisherLock> m_lock;
    std::unique_ptr<Alarm> m_alarm;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<Publisher> m_publisher;
};

} // namespace Podium::Core
