#include "platforms/mastodon/link_header.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("LinkHeader finds Mastodon's next and prev pages")
{
    const QByteArray header = "<https://social.example/api/v1/timelines/home?max_id=109>; rel=\"next\", "
                              "<https://social.example/api/v1/timelines/home?min_id=120>; rel=\"prev\"";
    CHECK(LinkHeader::find(header, QStringLiteral("next")) ==
          QUrl(QStringLiteral("https://social.example/api/v1/timelines/home?max_id=109")));
    CHECK(LinkHeader::find(header, QStringLiteral("prev")) ==
          QUrl(QStringLiteral("https://social.example/api/v1/timelines/home?min_id=120")));
    CHECK(LinkHeader::find(header, QStringLiteral("last")).isEmpty());
    CHECK(LinkHeader::parse(header).size() == 2);
}

TEST_CASE("LinkHeader reads quoted parameters holding commas and several relations")
{
    const QByteArray header = "<https://a.example/one>; title=\"x, y; z\"; rel=\"prev start\","
                              "<https://a.example/two>;rel=next;type=\"text/html\"";
    const QList<LinkHeader::Link> links = LinkHeader::parse(header);
    REQUIRE(links.size() == 2);
    CHECK(links.at(0).relations == QStringList{QStringLiteral("prev"), QStringLiteral("start")});
    CHECK(links.at(1).target == QUrl(QStringLiteral("https://a.example/two")));
    CHECK(links.at(1).relations == QStringList{QStringLiteral("next")});
    CHECK(LinkHeader::find(header, QStringLiteral("START")) == QUrl(QStringLiteral("https://a.example/one")));
}

TEST_CASE("LinkHeader resolves relative targets against the request URL")
{
    const QUrl base(QStringLiteral("https://social.example/api/v1/accounts/7/statuses?limit=2"));
    CHECK(LinkHeader::find("</api/v1/accounts/7/statuses?max_id=abc>; rel=\"next\"", QStringLiteral("next"), base) ==
          QUrl(QStringLiteral("https://social.example/api/v1/accounts/7/statuses?max_id=abc")));
}

TEST_CASE("LinkHeader skips malformed entries and keeps the good ones")
{
    CHECK(LinkHeader::parse("").isEmpty());
    CHECK(LinkHeader::parse("garbage").isEmpty());
    CHECK(LinkHeader::parse("<https://a.example/unterminated; rel=next").isEmpty());
    const QByteArray mixed = "nonsense; rel=\"next\", <https://a.example/good>; rel=\"next\"";
    CHECK(LinkHeader::find(mixed, QStringLiteral("next")) == QUrl(QStringLiteral("https://a.example/good")));
    // Only the first rel parameter counts.
    CHECK(LinkHeader::find("<https://a.example/x>; rel=prev; rel=next", QStringLiteral("next")).isEmpty());
}
