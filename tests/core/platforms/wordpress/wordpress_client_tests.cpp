#include "canned_http_server.h"
#include "fake_clock.h"
#include "platforms/wordpress/wordpress_client.h"
#include "wordpress_server.h"

#include <QNetworkAccessManager>

using namespace Podium::Core;
using Podium::Tests::await;
using Podium::Tests::CannedHttpServer;
using Podium::Tests::FakeClock;

namespace {

const QByteArray wordpressIndex = R"({"name":"Canned","namespaces":["oembed/1.0","wp/v2"]})";

CannedHttpServer::Answer json(int status, const QByteArray& body)
{
    return {status, "application/json; charset=UTF-8", body};
}

Result<HttpResponse> get(WordPressClient& client, const QString& route)
{
    return await<HttpResponse>([&](auto done) { client.get(route, {}, done); });
}

} // namespace

TEST_CASE("contract: WordPressClient falls back to ?rest_route= when /wp-json/ is not routed, and probes once")
{
    // A WordPress with plain permalinks: /wp-json/ is an unknown page, ?rest_route= is the API.
    CannedHttpServer site([](const QByteArray&, const QByteArray& target) {
        if (target.startsWith("/wp-json"))
            return CannedHttpServer::Answer{404, "text/html", "<html>Page not found</html>"};
        if (target.startsWith("/?rest_route=/&"))
            return json(200, wordpressIndex);
        if (target.startsWith("/?rest_route=/wp/v2/users/me"))
            return json(200, R"({"id":1,"username":"admin"})");
        return CannedHttpServer::Answer{200, "text/html", "<html>Home</html>"};
    });
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, site.url(), QStringLiteral("admin"), QStringLiteral("secret"));

    const auto first = get(client, QStringLiteral("/wp/v2/users/me"));
    REQUIRE(first.hasValue());
    CHECK(client.object(first)->value(QLatin1String("username")).toString() == QStringLiteral("admin"));
    const auto second = get(client, QStringLiteral("/wp/v2/users/me"));
    REQUIRE(second.hasValue());
    CHECK(second->status == 200);

    const QList<QByteArray> targets = site.targets();
    REQUIRE(targets.size() == 4);
    CHECK(targets.at(0).startsWith("/wp-json/?_fields="));
    CHECK(targets.at(1).startsWith("/?rest_route=/&_fields="));
    CHECK(targets.at(2) == "/?rest_route=/wp/v2/users/me");
    CHECK(targets.at(3) == "/?rest_route=/wp/v2/users/me");
}

TEST_CASE("contract: WordPressClient says a web site without the WordPress REST API is not WordPress")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray&) {
        return CannedHttpServer::Answer{200, "text/html", "<html><body>Just a web site</body></html>"};
    });
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, site.url(), QStringLiteral("admin"), QStringLiteral("secret"));

    const auto answer = get(client, QStringLiteral("/wp/v2/users/me"));
    REQUIRE_FALSE(answer.hasValue());
    CHECK(answer.error().code == ErrorCode::PlatformUrlInvalid);
    CHECK(answer.error().detail.contains(QStringLiteral("/wp-json/")));
    CHECK(answer.error().detail.contains(site.url().toString()));
    CHECK(site.targets().size() == 2);
}

TEST_CASE("contract: WordPressClient reports a WordPress whose API fails with a server error as transient")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray&) {
        return CannedHttpServer::Answer{503, "text/html", "<html>Maintenance</html>"};
    });
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, site.url(), QStringLiteral("admin"), QStringLiteral("secret"));

    const auto answer = get(client, QStringLiteral("/wp/v2/users/me"));
    REQUIRE_FALSE(answer.hasValue());
    CHECK(answer.error().code == ErrorCode::PlatformServerError);
}

TEST_CASE("contract: WordPressClient calls a 2xx answer that is not JSON a bad response")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray& target) {
        if (target.startsWith("/wp-json/?"))
            return json(200, wordpressIndex);
        return CannedHttpServer::Answer{200, "text/html", "<br />\n<b>Warning</b>: something in PHP"};
    });
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, site.url(), QStringLiteral("admin"), QStringLiteral("secret"));

    const auto answer = get(client, QStringLiteral("/wp/v2/posts/1"));
    REQUIRE(answer.hasValue());
    const auto post = client.object(answer);
    REQUIRE_FALSE(post.hasValue());
    CHECK(post.error().code == ErrorCode::PlatformBadResponse);
}

TEST_CASE("contract: WordPressClient reads WordPress's not-found codes as a missing target, whatever the status")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray& target) {
        if (target.startsWith("/wp-json/?"))
            return json(200, wordpressIndex);
        return json(403, R"({"code":"rest_comment_invalid_post_id","message":"Sorry, you are not allowed to create )"
                         R"(this comment without a post.","data":{"status":403}})");
    });
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, site.url(), QStringLiteral("admin"), QStringLiteral("secret"));

    const auto error = client.object(get(client, QStringLiteral("/wp/v2/comments"))).error();
    CHECK(error.code == ErrorCode::PlatformTargetNotFound);
    CHECK(error.detail == QStringLiteral("Sorry, you are not allowed to create this comment without a post."));
}

TEST_CASE("WordPressClient reports a site nobody answers for as unreachable and asks again next time")
{
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, url, QStringLiteral("admin"), QStringLiteral("secret"));

    CHECK(get(client, QStringLiteral("/wp/v2/users/me")).error().code == ErrorCode::PlatformUnreachable);
    CHECK(get(client, QStringLiteral("/wp/v2/users/me")).error().code == ErrorCode::PlatformUnreachable);
}

TEST_CASE("WordPressClient refuses an address that is not http or https without sending anything")
{
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressClient client(&network, clock, QUrl(QStringLiteral("ftp://example.com")), QStringLiteral("admin"),
                           QStringLiteral("secret"));
    CHECK(get(client, QStringLiteral("/wp/v2/users/me")).error().code == ErrorCode::PlatformUrlInvalid);
}
