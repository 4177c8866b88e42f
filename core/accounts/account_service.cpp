#include "account_service.h"

#include "common/clock.h"
#include "common/ids.h"
#include "platforms/account_identity.h"
#include "platforms/platform.h"
#include "publishing/account_platforms.h"
#include "secrets/secret_store.h"
#include "storage/account_repository.h"

#include <QTimer>

namespace Podium::Core {

AccountService::AccountService(Database& database, const Clock& clock, SecretStore& secrets,
                               AccountPlatforms& platforms)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_platforms(platforms)
{}

AccountService::~AccountService()
{
    *m_alive = false;
}

void AccountService::add(NetworkAccount account, const QString& secret, Done<NetworkAccount> done)
{
    account.id = newId();
    account.createdAt = m_clock.now();
    account.state = QStringLiteral("connected");
    m_secrets.write(account.secretKey(), secret,
                    [this, alive = m_alive, account, done = std::move(done)](Result<void> written) {
                        if (!*alive)
                            return;
                        if (!written) {
                            done(written.error());
                            return;
                        }
                        if (const Result<void> added = AccountRepository(m_database).add(account); !added) {
                            // Without its account row the secret would be an orphan in the keychain.
                            m_secrets.remove(account.secretKey(), [](Result<void>) {});
                            done(added.error());
                            return;
                        }
                        done(account);
                    });
}

Result<QList<NetworkAccount>> AccountService::list(const QString& personId) const
{
    return AccountRepository(m_database).list(personId);
}

Result<NetworkAccount> AccountService::find(const QString& id) const
{
    return AccountRepository(m_database).find(id);
}

void AccountService::check(const QString& id, Done<AccountIdentity> done)
{
    m_platforms.forget(id); // a fresh secret read, in case it was replaced
    m_platforms.platformForAccount(id, [this, alive = m_alive, id, done = std::move(done)](Result<Platform*> platform) {
        if (!*alive)
            return;
        if (!platform) {
            done(platform.error());
            return;
        }
        (*platform)->checkCredential([this, alive, id, done](Result<AccountIdentity> identity) {
            if (!*alive)
                return;
            const bool refused = !identity && identity.error().code == ErrorCode::PlatformCredentialRefused;
            if (identity || refused)
                (void)AccountRepository(m_database)
                    .setState(id, refused ? QStringLiteral("needs-reconnect") : QStringLiteral("connected"),
                              m_clock.now());
            done(identity);
        });
    });
}

void AccountService::remove(const QString& id, Done<void> done)
{
    const Result<NetworkAccount> account = find(id);
    const Result<void> removed = account ? AccountRepository(m_database).remove(id) : Result<void>(account.error());
    if (!removed) {
        QTimer::singleShot(0, [done = std::move(done), error = removed.error()] { done(error); });
        return;
    }
    m_platforms.forget(id);
    m_secrets.remove(account->secretKey(), [alive = m_alive, done = std::move(done)](Result<void> result) {
        if (*alive)
            done(result);
    });
}

} // namespace Podium::Core
