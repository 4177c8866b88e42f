#include "http_request_parser.h"

#include <catch2/catch.hpp>

using Podium::Tests::HttpRequestParser;

TEST_CASE("contract server parser waits for a whole body before handing out a request")
{
    HttpRequestParser parser;
    parser.append("POST /api/v1/statuses?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n");
    CHECK(parser.parse() == HttpRequestParser::State::NeedMore);
    parser.append("Content-Type: text/plain\r\n\r\nhello");
    CHECK(parser.parse() == HttpRequestParser::State::NeedMore);
    parser.append(" worldGET / HTTP/1.1\r\n\r\n");
    REQUIRE(parser.parse() == HttpRequestParser::State::Ready);
    const auto first = parser.take();
    CHECK(first.method == "POST");
    CHECK(first.path == QStringLiteral("/api/v1/statuses"));
    CHECK(first.query.queryItemValue(QStringLiteral("x")) == QStringLiteral("1"));
    CHECK(first.header("content-type") == "text/plain");
    CHECK(first.body == "hello world");
    CHECK(first.keepAlive);
    REQUIRE(parser.parse() == HttpRequestParser::State::Ready);
    CHECK(parser.take().path == QStringLiteral("/"));
    CHECK(parser.parse() == HttpRequestParser::State::NeedMore);
}

TEST_CASE("contract server parser honours Connection close and HTTP/1.0")
{
    HttpRequestParser parser;
    parser.append("GET /a HTTP/1.1\r\nConnection: close\r\n\r\nGET /b HTTP/1.0\r\n\r\n");
    REQUIRE(parser.parse() == HttpRequestParser::State::Ready);
    CHECK_FALSE(parser.take().keepAlive);
    REQUIRE(parser.parse() == HttpRequestParser::State::Ready);
    CHECK_FALSE(parser.take().keepAlive);
}

TEST_CASE("contract server parser rejects malformed and chunked requests")
{
    HttpRequestParser garbage;
    garbage.append("this is not http\r\n\r\n");
    CHECK(garbage.parse() == HttpRequestParser::State::Error);
    CHECK(garbage.errorStatus() == 400);

    HttpRequestParser chunked;
    chunked.append("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    CHECK(chunked.parse() == HttpRequestParser::State::Error);
    CHECK(chunked.errorStatus() == 411);

    HttpRequestParser huge;
    huge.append("POST / HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n");
    CHECK(huge.parse() == HttpRequestParser::State::Error);
    CHECK(huge.errorStatus() == 413);
}

TEST_CASE("contract server parser asks for a continue once when a client expects one")
{
    HttpRequestParser parser;
    parser.append("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    CHECK(parser.parse() == HttpRequestParser::State::NeedMore);
    CHECK(parser.takeContinueRequest());
    CHECK_FALSE(parser.takeContinueRequest());
    parser.append("abc");
    REQUIRE(parser.parse() == HttpRequestParser::State::Ready);
    CHECK(parser.take().body == "abc");
}
