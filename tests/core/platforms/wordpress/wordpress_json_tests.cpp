#include "platforms/wordpress/wordpress_json.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("WordPressJson reads WordPress's error message with its entities decoded")
{
    const QByteArray duplicate = R"({"code":"comment_duplicate","message":"Duplicate comment detected; it looks as )"
                                 R"(though you&#8217;ve already said that!","data":{"status":409}})";
    CHECK(WordPressJson::errorCode(duplicate) == QStringLiteral("comment_duplicate"));
    CHECK(WordPressJson::errorMessage(duplicate) ==
          QStringLiteral("Duplicate comment detected; it looks as though you\u2019ve already said that!"));
    CHECK(WordPressJson::errorMessage(R"({"code":"x","message":"Tom &amp; Jerry &lt;3 &quot;it&#039;s&quot;"})") ==
          QStringLiteral("Tom & Jerry <3 \"it's\""));
}

TEST_CASE("WordPressJson adds the reason for each invalid parameter")
{
    const QByteArray invalid = R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status",)"
                               R"("data":{"status":400,"params":{"status":"status is not one of publish, future."}}})";
    CHECK(WordPressJson::errorMessage(invalid) ==
          QStringLiteral("Invalid parameter(s): status (status is not one of publish, future.)"));
}

TEST_CASE("WordPressJson sees a parameter refused for want of rights in an invalid-parameter error")
{
    const QByteArray refused =
        R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":)"
        R"({"status":400,"params":{"status":"Status is forbidden."},"details":{"status":)"
        R"({"code":"rest_forbidden_status","message":"Status is forbidden.","data":{"status":401}}}}})";
    CHECK(WordPressJson::refusedParameter(refused));
    const QByteArray invalid = R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":)"
                               R"({"status":400,"details":{"status":{"code":"rest_not_in_enum","data":null}}}})";
    CHECK_FALSE(WordPressJson::refusedParameter(invalid));
}

TEST_CASE("WordPressJson finds no error message in a body that is not a WordPress error")
{
    CHECK(WordPressJson::errorMessage("<html>Bad gateway</html>").isEmpty());
    CHECK(WordPressJson::errorCode("").isEmpty());
}

TEST_CASE("WordPressJson calls anything but JSON a bad response")
{
    CHECK(WordPressJson::object("<html><body>Hello</body></html>").error().code == ErrorCode::PlatformBadResponse);
    CHECK(WordPressJson::object("{\"id\":1").error().code == ErrorCode::PlatformBadResponse);
    CHECK(WordPressJson::object("[]").error().code == ErrorCode::PlatformBadResponse);
    CHECK(WordPressJson::array("{}").error().code == ErrorCode::PlatformBadResponse);
    CHECK(WordPressJson::array("[{\"id\":1}]")->size() == 1);
}

TEST_CASE("WordPressJson reads a post's state from its status")
{
    const auto live = WordPressJson::post(*WordPressJson::object(
        R"({"id":7,"status":"publish","link":"http://x.test/hello/","date_gmt":"2026-03-02T09:30:00"})"));
    REQUIRE(live.hasValue());
    CHECK(live->remoteId == QStringLiteral("7"));
    CHECK(live->state == RemotePost::State::Live);
    CHECK(live->url == QUrl(QStringLiteral("http://x.test/hello/")));
    CHECK(live->publishedAt == QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));

    const auto future = WordPressJson::post(*WordPressJson::object(
        R"({"id":8,"status":"future","link":"http://x.test/?p=8","date_gmt":"2026-04-01T00:00:00"})"));
    REQUIRE(future.hasValue());
    CHECK(future->state == RemotePost::State::ScheduledOnServer);
    CHECK(future->url.isEmpty());

    CHECK(WordPressJson::post(*WordPressJson::object(R"({"id":9,"status":"trash"})")).error().code ==
          ErrorCode::PlatformTargetNotFound);
    CHECK(WordPressJson::post(*WordPressJson::object(R"({"id":9,"status":"draft"})")).error().code ==
          ErrorCode::PlatformRejected);
    CHECK(WordPressJson::post(*WordPressJson::object(R"({"status":"publish"})")).error().code ==
          ErrorCode::PlatformBadResponse);
}

TEST_CASE("WordPressJson gives comments their own kind of remote id")
{
    const auto comment = WordPressJson::comment(
        *WordPressJson::object(R"({"id":3,"post":7,"status":"approved","link":"http://x.test/hello/#comment-3"})"));
    REQUIRE(comment.hasValue());
    CHECK(comment->remoteId == QStringLiteral("comment-3"));
    CHECK(comment->state == RemotePost::State::Live);
    CHECK(WordPressJson::comment(*WordPressJson::object(R"({"id":3,"status":"spam"})")).error().code ==
          ErrorCode::PlatformTargetNotFound);
}

TEST_CASE("WordPressJson reads a feed post with its embedded author as plain text")
{
    const auto post = WordPressJson::object(
        R"({"id":12,"author":2,"date_gmt":"2026-03-01T08:00:00","link":"http://x.test/q/",)"
        R"("title":{"rendered":"Q&amp;A with &#8220;Sam&#8221;"},"excerpt":{"rendered":"<p>Ask me &hellip;</p>\n"},)"
        R"("_embedded":{"author":[{"id":2,"name":"Sam O&#039;Neil","slug":"sam"}]}})");
    const FeedItem item = WordPressJson::feedItem(*post);
    CHECK(item.remoteId == QStringLiteral("12"));
    CHECK(item.authorId == QStringLiteral("2"));
    CHECK(item.authorName == QStringLiteral("Sam O'Neil"));
    CHECK(item.authorHandle == QStringLiteral("sam"));
    CHECK(item.authorTitle.isEmpty());
    CHECK(item.text == QStringLiteral("Q&A with \u201CSam\u201D\n\nAsk me \u2026"));
    CHECK(item.createdAt == QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
}

TEST_CASE("WordPressJson writes date_gmt in UTC without a zone")
{
    const QDateTime berlin = QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::OffsetFromUTC, 3600);
    CHECK(WordPressJson::toDateGmt(berlin) == QStringLiteral("2026-03-02T09:30:00"));
}
