#include "platforms/wordpress/wordpress_endpoint.h"
#include "wordpress_server.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("WordPressEndpoint builds /wp-json/ URLs for a site with pretty permalinks")
{
    const WordPressEndpoint endpoint(QUrl(QStringLiteral("https://blog.example.com/")), WordPressEndpoint::Form::Path);
    CHECK(endpoint.url(QStringLiteral("/")).toString() == QStringLiteral("https://blog.example.com/wp-json/"));
    CHECK(endpoint.url(QStringLiteral("/wp/v2/posts"), QUrlQuery{{QStringLiteral("slug"), QStringLiteral("podium-a")}})
              .toString() == QStringLiteral("https://blog.example.com/wp-json/wp/v2/posts?slug=podium-a"));
    CHECK(endpoint.url(QStringLiteral("wp/v2/posts/7")).toString() ==
          QStringLiteral("https://blog.example.com/wp-json/wp/v2/posts/7"));
}

TEST_CASE("WordPressEndpoint builds ?rest_route= URLs for a site without pretty permalinks")
{
    const WordPressEndpoint endpoint(QUrl(QStringLiteral("http://example.com/blog")), WordPressEndpoint::Form::Query);
    CHECK(endpoint.url(QStringLiteral("/")).toString() == QStringLiteral("http://example.com/blog/?rest_route=/"));
    QUrlQuery query{{QStringLiteral("status"), QStringLiteral("publish,future")},
                    {QStringLiteral("search"), QStringLiteral("a&b c")}};
    const QUrl url = endpoint.url(QStringLiteral("/wp/v2/posts"), query);
    CHECK(url.path() == QStringLiteral("/blog/"));
    const QUrlQuery sent(url);
    CHECK(sent.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded) == QStringLiteral("/wp/v2/posts"));
    CHECK(sent.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded) == QStringLiteral("publish,future"));
    CHECK(sent.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded) == QStringLiteral("a&b c"));
    CHECK(url.toString(QUrl::FullyEncoded)
              .startsWith(QStringLiteral("http://example.com/blog/?rest_route=/wp/v2/posts&")));
}

TEST_CASE("WordPressEndpoint reduces a pasted address to the site's root")
{
    CHECK(WordPressEndpoint::siteRoot(QUrl(QStringLiteral("https://example.com/blog/wp-json/?x=1#top"))).toString() ==
          QStringLiteral("https://example.com/blog"));
    CHECK(WordPressEndpoint::siteRoot(QUrl(QStringLiteral("https://example.com/index.php"))).toString() ==
          QStringLiteral("https://example.com"));
    CHECK(WordPressEndpoint::siteRoot(QUrl(QStringLiteral("http://127.0.0.1:8080"))).toString() ==
          QStringLiteral("http://127.0.0.1:8080"));
}

TEST_CASE("WordPressEndpoint accepts only http and https addresses with a host")
{
    CHECK(WordPressEndpoint::isUsableSiteUrl(QUrl(QStringLiteral("https://example.com"))));
    CHECK(WordPressEndpoint::isUsableSiteUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/blog"))));
    CHECK_FALSE(WordPressEndpoint::isUsableSiteUrl(QUrl(QStringLiteral("ftp://example.com"))));
    CHECK_FALSE(WordPressEndpoint::isUsableSiteUrl(QUrl(QStringLiteral("example.com"))));
    CHECK_FALSE(WordPressEndpoint::isUsableSiteUrl(QUrl()));
}

TEST_CASE("WordPressEndpoint's URLs in both forms reach the real WordPress API", "[wordpress]")
{
    const Podium::Tests::WordPressServer server = Podium::Tests::WordPressServer::fromEnvironment();
    const QUrlQuery query{{QStringLiteral("per_page"), QStringLiteral("1")},
                          {QStringLiteral("_fields"), QStringLiteral("id,link")}};
    for (const auto form : {WordPressEndpoint::Form::Path, WordPressEndpoint::Form::Query}) {
        const WordPressEndpoint endpoint(server.url(), form);
        const HttpResponse index = server.fetch(
            endpoint.url(QStringLiteral("/"), QUrlQuery{{QStringLiteral("_fields"), QStringLiteral("namespaces")}}));
        REQUIRE(index.status == 200);
        CHECK(QJsonDocument::fromJson(index.body)
                  .object()
                  .value(QLatin1String("namespaces"))
                  .toArray()
                  .contains(QJsonValue(QStringLiteral("wp/v2"))));
        const HttpResponse posts = server.fetch(endpoint.url(QStringLiteral("/wp/v2/posts"), query));
        REQUIRE(posts.status == 200);
        CHECK(QJsonDocument::fromJson(posts.body).array().size() == 1);
        CHECK(posts.header("X-WP-TotalPages").toInt() >= 1);
    }
}
