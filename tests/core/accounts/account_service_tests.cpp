#include "accounts/account_service.h"
#include "memory_secret_store.h"
#include "platforms/account_identity.h"
#include "publishing/account_platforms.h"
#include "raw_sqlite.h"
#include "scripted_platform.h"
#include "wait_until.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

const QString secret = QStringLiteral("token-8f3a9c1e-very-secret");

struct AccountFixture : WorkspaceFixture
{
    MemorySecretStore secrets;
    AccountPlatforms platforms{workspace->database(), clock, secrets};
    AccountService accounts{workspace->database(), clock, secrets, platforms};
    ScriptedPlatform* lastBuilt = nullptr;
    QString secretSeen;

    AccountFixture()
    {
        platforms.setFactory(PlatformKind::Mastodon, [this](const NetworkAccount&, const QString& given) {
            secretSeen = given;
            auto platform = std::make_unique<ScriptedPlatform>();
            lastBuilt = platform.get();
            return std::unique_ptr<Platform>(std::move(platform));
        });
    }

    NetworkAccount mastodon() const
    {
        NetworkAccount account;
        account.personId = executive.id;
        account.platform = PlatformKind::Mastodon;
        account.serverUrl = QUrl(QStringLiteral("https://social.example.com"));
        account.handle = QStringLiteral("dana");
        return account;
    }

    template <typename T, typename Call>
    Result<T> await(Call call)
    {
        std::optional<Result<T>> outcome;
        call([&](Result<T> result) { outcome = std::move(result); });
        REQUIRE(waitUntil([&] { return outcome.has_value(); }));
        return std::move(*outcome);
    }

    NetworkAccount connect()
    {
        const Result<NetworkAccount> added =
            await<NetworkAccount>([&](auto done) { accounts.add(mastodon(), secret, std::move(done)); });
        REQUIRE(added.hasValue());
        return *added;
    }
};

} // namespace

TEST_CASE("AccountService keeps the secret in the keychain and nowhere in the workspace", "[db]")
{
    AccountFixture f;
    const NetworkAccount account = f.connect();
    CHECK(f.secrets.secret(account.secretKey()) == secret);
    const QList<NetworkAccount> listed = *f.accounts.list(f.executive.id);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().handle == QStringLiteral("dana"));
    CHECK(listed.first().serverUrl == QUrl(QStringLiteral("https://social.example.com")));

    if (!TestDatabase::usesPostgreSql()) {
        RawSqlite raw(f.test.location().filePath());
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM network_accounts WHERE secret_ref = 'account/%1'")
                            .arg(account.id))
                  .toInt() == 1);
        // Not in any column of any row, and not in the file's bytes either.
        QFile file(f.test.location().filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains(secret.toUtf8()));
    }
}

TEST_CASE("AccountService stores nothing when the keychain is unavailable", "[db]")
{
    AccountFixture f;
    f.secrets.setUnavailable(true);
    const Result<NetworkAccount> added =
        f.await<NetworkAccount>([&](auto done) { f.accounts.add(f.mastodon(), secret, std::move(done)); });
    REQUIRE_FALSE(added.hasValue());
    CHECK(added.error().code == ErrorCode::SecretStoreUnavailable);
    CHECK(f.accounts.list()->isEmpty());
}

TEST_CASE("AccountService checks a credential with the secret from the keychain (fake network)", "[db]")
{
    AccountFixture f;
    const NetworkAccount account = f.connect();
    const Result<AccountIdentity> identity =
        f.await<AccountIdentity>([&](auto done) { f.accounts.check(account.id, std::move(done)); });
    REQUIRE(identity.hasValue());
    CHECK(identity->handle == QStringLiteral("@dana"));
    CHECK(f.secretSeen == secret);

    f.platforms.setFactory(PlatformKind::Mastodon, [](const NetworkAccount&, const QString&) {
        auto refusing = std::make_unique<ScriptedPlatform>();
        refusing->credentialError = Error{ErrorCode::PlatformCredentialRefused, {}};
        return std::unique_ptr<Platform>(std::move(refusing));
    });
    const Result<AccountIdentity> refused =
        f.await<AccountIdentity>([&](auto done) { f.accounts.check(account.id, std::move(done)); });
    CHECK(refused.error().code == ErrorCode::PlatformCredentialRefused);
    CHECK(f.accounts.find(account.id)->state == QStringLiteral("needs-reconnect"));
}

TEST_CASE("AccountService says when the secret is missing from the keychain", "[db]")
{
    AccountFixture f;
    const NetworkAccount account = f.connect();
    REQUIRE(f.await<void>([&](auto done) { f.secrets.remove(account.secretKey(), std::move(done)); }).hasValue());
    const Result<AccountIdentity> identity =
        f.await<AccountIdentity>([&](auto done) { f.accounts.check(account.id, std::move(done)); });
    CHECK(identity.error().code == ErrorCode::SecretNotFound);
}

TEST_CASE("AccountService removes an account together with its secret", "[db]")
{
    AccountFixture f;
    const NetworkAccount account = f.connect();
    REQUIRE(f.await<void>([&](auto done) { f.accounts.remove(account.id, std::move(done)); }).hasValue());
    CHECK(f.accounts.list()->isEmpty());
    CHECK_FALSE(f.secrets.contains(account.secretKey()));
    CHECK(f.await<void>([&](auto done) { f.accounts.remove(account.id, std::move(done)); }).error().code ==
          ErrorCode::AccountNotFound);
}

TEST_CASE("AccountPlatforms sends practice posts to the sandbox even when an account is named", "[db]")
{
    AccountFixture f;
    const NetworkAccount account = f.connect();
    Post practice;
    practice.authorId = f.executive.id;
    practice.accountId = account.id;
    practice.platform = PlatformKind::Mastodon;
    practice.isPractice = true;
    const Result<Platform*> platform =
        f.await<Platform*>([&](auto done) { f.platforms.platformFor(practice, std::move(done)); });
    REQUIRE(platform.hasValue());
    CHECK((*platform)->kind() == PlatformKind::Practice);
    CHECK(f.lastBuilt == nullptr); // no live platform was even built
}
