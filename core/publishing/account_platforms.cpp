#include "account_platforms.h"

#include "platforms/practice/practice_platform.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"

#include <QObject>
#include <QTimer>

namespace Podium::Core {

AccountPlatforms::AccountPlatforms(Database& database, const Clock& clock, SecretStore& secrets)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{}

AccountPlatforms::~AccountPlatforms()
{
    *m_alive = false;
}

void AccountPlatforms::setFactory(PlatformKind kind, Factory factory)
{
    m_factories[kind] = std::move(factory);
}

Platform* AccountPlatforms::practiceFor(const QString& personId)
{
    std::unique_ptr<Platform>& practice = m_practice[personId];
    if (!practice)
        practice = std::make_unique<PracticePlatform>(m_database, m_clock, personId);
    return practice.get();
}

void AccountPlatforms::platformFor(const Post& post, Platform::Done<Platform*> done)
{
    if (post.isPractice || post.platform == PlatformKind::Practice) {
        // Practice posts never look at accounts, so a practice session cannot reach a live network.
        Platform* practice = practiceFor(post.authorId);
        QTimer::singleShot(0, [done = std::move(done), practice] { done(practice); });
        return;
    }
    platformForAccount(post.accountId, std::move(done));
}

void AccountPlatforms::platformForAccount(const QString& accountId, Platform::Done<Platform*> done)
{
    if (const auto built = m_platforms.find(accountId); built != m_platforms.end()) {
        Platform* platform = built->second.get();
        QTimer::singleShot(0, [done = std::move(done), platform] { done(platform); });
        return;
    }
    const Result<NetworkAccount> account = AccountRepository(m_database).find(accountId);
    if (!account || !m_factories.count(account->platform)) {
        const Error error =
            account ? Error{ErrorCode::PlatformUnsupported, platformKindName(account->platform)} : account.error();
        QTimer::singleShot(0, [done = std::move(done), error] { done(error); });
        return;
    }
    m_secrets.read(account->secretKey(),
                   [this, alive = m_alive, account = *account, done = std::move(done)](Result<QString> secret) {
                       if (!*alive)
                           return;
                       if (!secret) {
                           done(secret.error());
                           return;
                       }
                       std::unique_ptr<Platform>& slot = m_platforms[account.id];
                       if (!slot)
                           slot = m_factories.at(account.platform)(account, *secret);
                       done(slot.get());
                   });
}

void AccountPlatforms::forget(const QString& accountId)
{
    m_platforms.erase(accountId);
}

} // namespace Podium::Core
