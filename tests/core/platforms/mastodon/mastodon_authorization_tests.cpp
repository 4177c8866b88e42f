// MastodonAuthorization against a real snac2 server (the `snac` CTest fixture). The test plays the browser:
// it posts snac's login form the way a person would submit it.
#include "canned_http_server.h"
#include "common/system_clock.h"
#include "mastodon_test_support.h"
#include "platforms/mastodon/mastodon_authorization.h"
#include "platforms/mastodon/mastodon_platform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

// What snac's login page submits: the form at /oauth/authorize posts these fields.
QByteArray loginForm(const QString& user, const QString& password, const QUrl& authorizeUrl)
{
    const QUrlQuery asked(authorizeUrl);
    QUrlQuery form;
    const auto field = [&](const char* name, const QString& value) {
        form.addQueryItem(QString::fromLatin1(name), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    field("login", user);
    field("passwd", password);
    field("redir", asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    field("cid", asked.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded));
    field("state", asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    return form.query(QUrl::FullyEncoded).toUtf8();
}

QUrl loginUrl(const SnacServer& server)
{
    return server.url.resolved(QUrl(QStringLiteral("/oauth/x-snac-login")));
}

} // namespace

TEST_CASE("MastodonAuthorization connects an account on snac through the browser and a loopback redirect", "[snac]")
{
    const SnacServer server = SnacServer::fromFixture();
    SystemClock clock;
    QNetworkAccessManager network;
    MastodonAuthorization authorization(&network, clock, server.url);
    QUrl authorizeUrl;
    QObject::connect(&authorization, &MastodonAuthorization::authorizationUrlReady,
                     [&](const QUrl& url) { authorizeUrl = url; });

    std::optional<Result<MastodonConnection>> connection;
    authorization.authorizeWithBrowser(
        [&](Result<MastodonConnection> result) { connection.emplace(std::move(result)); });
    REQUIRE(eventually([&] { return authorizeUrl.isValid() || connection.has_value(); }, 15000));
    REQUIRE_FALSE(connection.has_value());
    const QUrlQuery asked(authorizeUrl);
    CHECK(authorizeUrl.path() == QStringLiteral("/oauth/authorize"));
    CHECK(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded) == QStringLiteral("read write follow"));
    const QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    CHECK(redirect.host() == QStringLiteral("127.0.0.1"));
    CHECK(redirect.path() == QStringLiteral("/callback"));
    CHECK(redirect.port() > 0);

    // The person opens the page, signs in and is sent back to Podium's listener (a 303 the browser follows).
    const RawAnswer browser =
        rawRequest(network, "POST", loginUrl(server), loginForm(server.user, server.password, authorizeUrl),
                   "application/x-www-form-urlencoded", {}, true);
    CHECK(browser.status == 200);
    CHECK(browser.finalUrl.port() == redirect.port());
    CHECK(browser.body.contains("return to Podium"));

    REQUIRE(eventually([&] { return connection.has_value(); }, 15000));
    INFO((*connection ? QString() : connection->error().detail).toStdString());
    REQUIRE(*connection);
    const MastodonConnection& connected = connection->value();
    CHECK_FALSE(connected.accessToken.isEmpty());
    CHECK(connected.account.handle == QStringLiteral("@podium@127.0.0.1:%1").arg(server.url.port()));

    // The token works, and the listener is gone.
    MastodonPlatform platform(&network, clock, server.url, connected.accessToken);
    const Result<AccountIdentity> identity = await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
    REQUIRE(identity);
    CHECK(identity->remoteId == connected.account.remoteId);
    CHECK(rawRequest(network, "GET", redirect).status == 0);
}

TEST_CASE("MastodonAuthorization connects an account on snac with a pasted out-of-band code", "[snac]")
{
    const SnacServer server = SnacServer::fromFixture();
    SystemClock clock;
    QNetworkAccessManager network;
    MastodonAuthorization authorization(&network, clock, server.url);

    const Result<QUrl> url = await<QUrl>([&](auto done) { authorization.startOutOfBand(done); });
    REQUIRE(url);
    CHECK(QUrlQuery(*url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) ==
          MastodonAuthorization::outOfBandRedirect);
    // snac shows "CODE&state=STATE" to copy.
    const RawAnswer page =
        rawRequest(network, "POST", loginUrl(server), loginForm(server.colleagueUser, server.colleaguePassword, *url),
                   "application/x-www-form-urlencoded");
    REQUIRE(page.status == 200);
    CHECK(page.body.contains("&state="));

    const Result<MastodonConnection> connection = await<MastodonConnection>(
        [&](auto done) { authorization.finishOutOfBand(QString::fromUtf8(page.body) + QLatin1Char('\n'), done); });
    INFO((connection ? QString() : connection.error().detail).toStdString());
    REQUIRE(connection);
    CHECK(connection->account.handle == QStringLiteral("@colleague@127.0.0.1:%1").arg(server.url.port()));

    // (snac accepts a code more than once, so a reused code cannot be tested here.)
}

TEST_CASE("MastodonAuthorization reports a declined authorization as refused and stops listening", "[snac]")
{
    const SnacServer server = SnacServer::fromFixture();
    SystemClock clock;
    QNetworkAccessManager network;
    MastodonAuthorization authorization(&network, clock, server.url);
    QUrl authorizeUrl;
    QObject::connect(&authorization, &MastodonAuthorization::authorizationUrlReady,
                     [&](const QUrl& url) { authorizeUrl = url; });
    std::optional<Result<MastodonConnection>> connection;
    authorization.authorizeWithBrowser(
        [&](Result<MastodonConnection> result) { connection.emplace(std::move(result)); });
    REQUIRE(eventually([&] { return authorizeUrl.isValid(); }, 15000));
    const QUrlQuery asked(authorizeUrl);
    QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));

    // A stray request without our state (another tab, a port scanner) does not end the attempt.
    redirect.setQuery(QStringLiteral("code=forged&state=other"));
    CHECK(rawRequest(network, "GET", redirect).status == 200);
    CHECK_FALSE(eventually([&] { return connection.has_value(); }, 300));

    redirect.setQuery(QStringLiteral("error=access_denied&error_description=The+person+said+no&state=") +
                      asked.queryItemValue(QStringLiteral("state")));
    CHECK(rawRequest(network, "GET", redirect).status == 200);
    REQUIRE(eventually([&] { return connection.has_value(); }, 5000));
    REQUIRE_FALSE(*connection);
    CHECK(connection->error().code == ErrorCode::PlatformCredentialRefused);
    CHECK(connection->error().detail == QStringLiteral("The person said no"));
}

TEST_CASE("fake network: MastodonAuthorization refuses a pasted code before the flow started")
{
    SystemClock clock;
    CountingNetwork network;
    MastodonAuthorization authorization(&network, clock, QUrl(QStringLiteral("http://127.0.0.1:9/")));
    const Result<MastodonConnection> connection =
        await<MastodonConnection>([&](auto done) { authorization.finishOutOfBand(QStringLiteral("abc"), done); });
    REQUIRE_FALSE(connection);
    CHECK(connection.error().code == ErrorCode::InvalidArgument);
    CHECK(network.requests == 0);
}

TEST_CASE("fake server: MastodonAuthorization ends a cancelled browser flow once, as refused")
{
    SystemClock clock;
    QNetworkAccessManager network;
    CannedHttpServer server([](const CannedHttpServer::Request&) {
        CannedHttpServer::Answer app;
        app.body = R"({"id": "1", "client_id": "cid", "client_secret": "secret"})";
        return app;
    });
    MastodonAuthorization authorization(&network, clock, server.url());
    QUrl authorizeUrl;
    QObject::connect(&authorization, &MastodonAuthorization::authorizationUrlReady,
                     [&](const QUrl& url) { authorizeUrl = url; });
    int calls = 0;
    std::optional<Result<MastodonConnection>> connection;
    authorization.authorizeWithBrowser([&](Result<MastodonConnection> result) {
        ++calls;
        connection.emplace(std::move(result));
    });
    REQUIRE(eventually([&] { return authorizeUrl.isValid(); }, 5000));
    CHECK(QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("client_id")) == QStringLiteral("cid"));
    const QJsonObject registration = QJsonDocument::fromJson(server.requests().at(0).body).object();
    CHECK(registration.value(QLatin1String("client_name")).toString() == QStringLiteral("Podium"));
    CHECK(registration.value(QLatin1String("scopes")).toString() == QStringLiteral("read write follow"));
    CHECK(registration.value(QLatin1String("redirect_uris")).toString() == authorization.redirectUri());

    authorization.cancel();
    authorization.cancel();
    CHECK_FALSE(eventually([&] { return calls > 1; }, 200));
    REQUIRE(calls == 1);
    REQUIRE_FALSE(*connection);
    CHECK(connection->error().code == ErrorCode::PlatformCredentialRefused);
    CHECK(rawRequest(network, "GET", QUrl(authorization.redirectUri())).status == 0);
}

TEST_CASE("fake server: MastodonAuthorization reports a code the server turns down as refused")
{
    SystemClock clock;
    QNetworkAccessManager network;
    CannedHttpServer server([](const CannedHttpServer::Request& request) {
        CannedHttpServer::Answer answer;
        if (request.target == "/oauth/token") {
            answer.status = 400;
            answer.body =
                R"({"error": "invalid_grant", "error_description": "The provided authorization grant is invalid"})";
        } else {
            answer.body = R"({"id": "1", "client_id": "cid", "client_secret": "secret"})";
        }
        return answer;
    });
    MastodonAuthorization authorization(&network, clock, server.url());
    REQUIRE(await<QUrl>([&](auto done) { authorization.startOutOfBand(done); }));
    const Result<MastodonConnection> connection = await<MastodonConnection>(
        [&](auto done) { authorization.finishOutOfBand(QStringLiteral("http://x.example/?code=abc&state=s"), done); });
    REQUIRE_FALSE(connection);
    CHECK(connection.error().code == ErrorCode::PlatformCredentialRefused);
    CHECK(connection.error().detail.contains(QStringLiteral("invalid_grant")));
    const QJsonObject exchange = QJsonDocument::fromJson(server.requests().last().body).object();
    CHECK(exchange.value(QLatin1String("code")).toString() == QStringLiteral("abc"));
    CHECK(exchange.value(QLatin1String("grant_type")).toString() == QStringLiteral("authorization_code"));
    CHECK(exchange.value(QLatin1String("redirect_uri")).toString() == MastodonAuthorization::outOfBandRedirect);
    CHECK(exchange.value(QLatin1String("client_secret")).toString() == QStringLiteral("secret"));
}

TEST_CASE("fake network: MastodonAuthorization refuses a server address that is not http(s) before any request")
{
    SystemClock clock;
    CountingNetwork network;
    MastodonAuthorization authorization(&network, clock, QUrl(QStringLiteral("mailto:ceo@example.com")));
    const Result<QUrl> url = await<QUrl>([&](auto done) { authorization.startOutOfBand(done); });
    REQUIRE_FALSE(url);
    CHECK(url.error().code == ErrorCode::PlatformUrlInvalid);
    const Result<MastodonConnection> connection =
        await<MastodonConnection>([&](auto done) { authorization.authorizeWithBrowser(done); });
    REQUIRE_FALSE(connection);
    CHECK(connection.error().code == ErrorCode::PlatformUrlInvalid);
    CHECK(network.requests == 0);
}
