#include "platforms/mastodon/mastodon_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

QJsonValue json(const char* text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    REQUIRE_FALSE(document.isNull());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

const char* const mastodonStatus = R"({
  "id": "109372843234390071", "created_at": "2026-03-02T09:30:00.123Z", "in_reply_to_id": "109372843234390000",
  "url": "https://social.example/@dana/109372843234390071", "uri": "https://social.example/users/dana/statuses/1",
  "content": "<p>Hello &amp; welcome</p>", "favourites_count": 3, "replies_count": 2, "reblogs_count": 1,
  "favourited": true, "reblog": null,
  "account": {"id": "108", "username": "dana", "acct": "dana@other.example", "display_name": "Dana Scott",
              "url": "https://other.example/@dana"}
})";

} // namespace

TEST_CASE("MastodonJson decodes a Status with string ids, counts and its author")
{
    const Result<MastodonStatus> status = MastodonJson::status(json(mastodonStatus));
    REQUIRE(status);
    CHECK(status->id == QStringLiteral("109372843234390071"));
    CHECK(status->inReplyToId == QStringLiteral("109372843234390000"));
    CHECK(status->createdAt == QDateTime(QDate(2026, 3, 2), QTime(9, 30, 0, 123), Qt::UTC));
    CHECK(status->url == QUrl(QStringLiteral("https://social.example/@dana/109372843234390071")));
    CHECK(status->favouritesCount == 3);
    CHECK(status->repliesCount == 2);
    CHECK(status->reblogsCount == 1);
    CHECK(status->favourited);
    CHECK(status->account.id == QStringLiteral("108"));
    CHECK(status->account.acct == QStringLiteral("dana@other.example"));
    CHECK(status->account.displayName == QStringLiteral("Dana Scott"));
    CHECK(status->text.isEmpty());
}

TEST_CASE("MastodonJson keeps every digit of an id sent as a number")
{
    const Result<MastodonStatus> status =
        MastodonJson::status(json(R"({"id": 109372843234390071, "account": {"id": 7}, "content": ""})"));
    REQUIRE(status);
    CHECK(status->id == QStringLiteral("109372843234390071"));
    CHECK(status->account.id == QStringLiteral("7"));
    CHECK(status->inReplyToId.isEmpty());
}

TEST_CASE("MastodonJson decodes a ScheduledStatus and tells it from a Status")
{
    const char* const scheduled = R"({"id": "3221", "scheduled_at": "2026-03-02T10:00:00.000Z",
        "params": {"text": "Quarter starts now", "in_reply_to_id": null, "visibility": "public"},
        "media_attachments": []})";
    const auto created = MastodonJson::createdStatus(json(scheduled));
    REQUIRE(created);
    const auto* held = std::get_if<MastodonScheduledStatus>(&*created);
    REQUIRE(held);
    CHECK(held->id == QStringLiteral("3221"));
    CHECK(held->scheduledAt == QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    CHECK(held->text == QStringLiteral("Quarter starts now"));

    // snac answers a scheduled post with a Status whose scheduled_at is null.
    const auto status = MastodonJson::createdStatus(
        json(R"({"id": "17954abc", "scheduled_at": null, "created_at": "2026-03-02T10:00:00Z",
                 "account": {"id": "d93"}, "content": "x", "text": "x"})"));
    REQUIRE(status);
    REQUIRE(std::holds_alternative<MastodonStatus>(*status));
    CHECK(std::get<MastodonStatus>(*status).text == QStringLiteral("x"));

    const auto list = MastodonJson::scheduledStatuses(json(QByteArray(QByteArray("[") + scheduled + "]").constData()));
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("MastodonJson refuses objects missing what Podium relies on")
{
    CHECK(MastodonJson::status(json(R"({"content": "no id", "account": {"id": "1"}})")).error().code ==
          ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::status(json(R"({"id": "1"})")).error().code == ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::scheduledStatus(json(R"({"id": "1", "params": {}})")).error().code ==
          ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::statuses(json(R"({"id": "1"})")).error().code == ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::statuses(json(R"([{"id": "1"}])")).error().code == ErrorCode::PlatformBadResponse);
}

TEST_CASE("MastodonJson treats a body that is not JSON as a bad response")
{
    CHECK(MastodonJson::parse("<h1>502 Bad Gateway</h1>").error().code == ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::parse("").error().code == ErrorCode::PlatformBadResponse);
    CHECK(MastodonJson::parse("{\"id\": ").error().code == ErrorCode::PlatformBadResponse);
    REQUIRE(MastodonJson::parse("[]"));
    CHECK(MastodonJson::parse("[]")->isArray());
}

TEST_CASE("MastodonJson reads the server's reason from error bodies")
{
    CHECK(MastodonJson::errorReason(R"({"error": "Validation failed: Text can't be blank"})") ==
          QStringLiteral("Validation failed: Text can't be blank"));
    CHECK(MastodonJson::errorReason(R"({"error": "invalid_grant", "error_description": "The code has expired"})") ==
          QStringLiteral("invalid_grant: The code has expired"));
    CHECK(MastodonJson::errorReason("").isEmpty());
    CHECK(MastodonJson::errorReason("<h1>404 Not Found (snac/2.75)</h1>").isEmpty());
}
