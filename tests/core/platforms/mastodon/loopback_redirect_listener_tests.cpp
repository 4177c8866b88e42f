#include "mastodon_test_support.h"
#include "platforms/mastodon/loopback_redirect_listener.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

TEST_CASE("LoopbackRedirectListener hands over the callback's query and answers the browser")
{
    LoopbackRedirectListener listener;
    REQUIRE(listener.listen());
    const QUrl redirect = listener.redirectUri();
    CHECK(redirect.scheme() == QStringLiteral("http"));
    CHECK(redirect.host() == QStringLiteral("127.0.0.1"));
    CHECK(redirect.path() == QStringLiteral("/callback"));
    QList<QUrlQuery> received;
    QObject::connect(&listener, &LoopbackRedirectListener::redirected,
                     [&](const QUrlQuery& query) { received.append(query); });
    QNetworkAccessManager network;

    // Browsers also ask for a favicon: not the redirect.
    QUrl favicon = redirect;
    favicon.setPath(QStringLiteral("/favicon.ico"));
    CHECK(rawRequest(network, "GET", favicon).status == 404);
    CHECK(rawRequest(network, "POST", redirect, "code=x", "application/x-www-form-urlencoded").status == 405);
    CHECK(received.isEmpty());

    QUrl back = redirect;
    back.setQuery(QStringLiteral("code=abc123&state=s%2Ft"));
    const RawAnswer page = rawRequest(network, "GET", back);
    CHECK(page.status == 200);
    CHECK(page.body.contains("return to Podium"));
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) == QStringLiteral("abc123"));
    CHECK(received.at(0).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == QStringLiteral("s/t"));

    listener.close();
    CHECK_FALSE(listener.isListening());
    CHECK(rawRequest(network, "GET", back).status == 0);
}
