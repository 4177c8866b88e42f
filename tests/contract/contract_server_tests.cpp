#include "contract_fixture.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace Podium::Tests;

namespace {

QString errorOf(const ClientAnswer& answer)
{
    return answer.json().object().value(QStringLiteral("error")).toString();
}

QString idOf(const ClientAnswer& answer)
{
    return answer.json().object().value(QStringLiteral("id")).toString();
}

QUrl nextLink(const ClientAnswer& answer)
{
    static const QRegularExpression next(QStringLiteral(R"(<([^>]+)>;\s*rel="next")"));
    const QRegularExpressionMatch match = next.match(QString::fromUtf8(answer.header("Link")));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

TEST_CASE("contract server refuses every token but its own")
{
    ContractFixture f;
    ContractClient anonymous(f.server.url());
    ClientAnswer answer = anonymous.get(QStringLiteral("/api/v1/timelines/home"));
    CHECK(answer.status == 401);
    CHECK(answer.body == R"({"error":"The access token is invalid"})");
    ContractClient wrong(f.server.url(), QStringLiteral("not-the-token"));
    CHECK(
        wrong.postJson(QStringLiteral("/api/v1/statuses"), {{QStringLiteral("status"), QStringLiteral("x")}}).status ==
        401);
    CHECK(wrong.get(QStringLiteral("/api/v2/instance")).status == 401);
    CHECK(f.server.store().statusCount() == 0);

    answer = f.client->get(QStringLiteral("/api/v1/accounts/verify_credentials"));
    CHECK(answer.status == 200);
    CHECK(idOf(answer) == QStringLiteral("1"));
}

TEST_CASE("contract server describes itself as a Mastodon instance with 500 characters")
{
    ContractFixture f;
    ContractClient anonymous(f.server.url());
    const ClientAnswer v2 = anonymous.get(QStringLiteral("/api/v2/instance"));
    REQUIRE(v2.status == 200);
    const QJsonObject statuses = v2.json()
                                     .object()
                                     .value(QStringLiteral("configuration"))
                                     .toObject()
                                     .value(QStringLiteral("statuses"))
                                     .toObject();
    CHECK(statuses.value(QStringLiteral("max_characters")).toInt() == 500);
    CHECK(statuses.value(QStringLiteral("characters_reserved_per_url")).toInt() == 23);
    const ClientAnswer v1 = anonymous.get(QStringLiteral("/api/v1/instance"));
    REQUIRE(v1.status == 200);
    CHECK(v1.json().object().value(QStringLiteral("configuration")).toObject().contains(QStringLiteral("statuses")));
    CHECK(f.client->get(QStringLiteral("/api/v1/nothing")).body == R"({"error":"Record not found"})");
}

TEST_CASE("contract server creates statuses from form and JSON bodies with string ids")
{
    ContractFixture f;
    const ClientAnswer form = f.postStatus(QStringLiteral("one + one & more"));
    REQUIRE(form.status == 200);
    const QJsonObject status = form.json().object();
    REQUIRE(status.value(QStringLiteral("id")).isString());
    CHECK(status.value(QStringLiteral("content")).toString() == QStringLiteral("<p>one + one &amp; more</p>"));
    CHECK(status.value(QStringLiteral("visibility")).toString() == QStringLiteral("public"));

    const ClientAnswer json = f.client->postJson(QStringLiteral("/api/v1/statuses"),
                                                 {{QStringLiteral("status"), QStringLiteral("quiet")},
                                                  {QStringLiteral("visibility"), QStringLiteral("unlisted")},
                                                  {QStringLiteral("language"), QStringLiteral("en")},
                                                  {QStringLiteral("spoiler_text"), QStringLiteral("cw")}});
    REQUIRE(json.status == 200);
    CHECK(json.json().object().value(QStringLiteral("visibility")).toString() == QStringLiteral("unlisted"));
    CHECK(json.json().object().value(QStringLiteral("sensitive")).toBool());

    const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nfrom a form\r\n"
                                 "--XyZ\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nprivate\r\n"
                                 "--XyZ--\r\n";
    const ClientAnswer parts =
        f.client->post(QStringLiteral("/api/v1/statuses"), multipart, "multipart/form-data; boundary=XyZ");
    REQUIRE(parts.status == 200);
    CHECK(parts.json().object().value(QStringLiteral("content")).toString() == QStringLiteral("<p>from a form</p>"));
    CHECK(parts.json().object().value(QStringLiteral("visibility")).toString() == QStringLiteral("private"));

    const ClientAnswer fetched = f.client->get(QStringLiteral("/api/v1/statuses/") + idOf(form));
    CHECK(fetched.status == 200);
    CHECK(idOf(fetched) == idOf(form));
    const ClientAnswer missing = f.client->get(QStringLiteral("/api/v1/statuses/123"));
    CHECK(missing.status == 404);
    CHECK(missing.body == R"({"error":"Record not found"})");

    REQUIRE(f.server.store().statusCount() == 3);
    CHECK(f.server.store().statuses().front().params.text == QStringLiteral("one + one & more"));
    CHECK_FALSE(f.server.store().statuses().front().fromSchedule);
}

TEST_CASE("contract server rejects blank and overlong statuses with 422")
{
    ContractFixture f;
    ClientAnswer answer = f.postStatus(QStringLiteral("  \n "));
    CHECK(answer.status == 422);
    CHECK(errorOf(answer) == QStringLiteral("Validation failed: Text can't be blank"));
    answer = f.postStatus(QString(501, QLatin1Char('a')));
    CHECK(answer.status == 422);
    CHECK(errorOf(answer) == QStringLiteral("Validation failed: Text character limit of 500 exceeded"));
    CHECK(f.server.store().statusCount() == 0);

    CHECK(f.postStatus(QString(500, QLatin1Char('a'))).status == 200);
    // Counted as Mastodon counts: a URL weighs 23, an emoji with a skin tone is one character.
    const QString url = QStringLiteral("https://example.org/") + QString(200, QLatin1Char('p'));
    CHECK(f.postStatus(QString(476, QLatin1Char('a')) + QLatin1Char(' ') + url).status == 200);
    CHECK(f.postStatus(QString(477, QLatin1Char('a')) + QLatin1Char(' ') + url).status == 422);
    const ClientAnswer warned =
        f.client->post(QStringLiteral("/api/v1/statuses"),
                       ContractFixture::form({{QStringLiteral("status"), QString(490, QLatin1Char('a'))},
                                              {QStringLiteral("spoiler_text"), QString(11, QLatin1Char('w'))}}));
    CHECK(warned.status == 422);
    QString emoji;
    for (int i = 0; i < 500; ++i)
        emoji += QStringLiteral("\U0001F44D\U0001F3FD");
    CHECK(f.postStatus(emoji).status == 200);
}

TEST_CASE("contract server refuses a schedule within five minutes and posts a past one at once")
{
    ContractFixture f;
    const auto schedule = [&](qint64 secondsAhead) {
        return f.client->post(QStringLiteral("/api/v1/statuses"),
                              ContractFixture::form({{QStringLiteral("status"), QStringLiteral("later")},
                                                     {QStringLiteral("scheduled_at"),
                                                      f.clock.addSecs(secondsAhead).toString(Qt::ISODate)}}));
    };
    ClientAnswer answer = schedule(5 * 60);
    CHECK(answer.status == 422);
    CHECK(errorOf(answer) ==
          QStringLiteral("Validation failed: Scheduled at The scheduled date must be in the future"));
    CHECK(schedule(1).status == 422);
    const ClientAnswer garbled =
        f.client->post(QStringLiteral("/api/v1/statuses"),
                       ContractFixture::form({{QStringLiteral("status"), QStringLiteral("when?")},
                                              {QStringLiteral("scheduled_at"), QStringLiteral("next tuesday")}}));
    CHECK(garbled.status == 422);
    CHECK(errorOf(garbled) == QStringLiteral("Record invalid"));
    CHECK(f.server.store().scheduledCount() == 0);

    answer = schedule(5 * 60 + 1);
    REQUIRE(answer.status == 200);
    const QJsonObject scheduled = answer.json().object();
    CHECK(scheduled.value(QStringLiteral("id")).isString());
    CHECK(scheduled.value(QStringLiteral("scheduled_at")).toString() == QStringLiteral("2026-03-01T12:05:01.000Z"));
    CHECK(scheduled.value(QStringLiteral("params")).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("later"));
    CHECK(f.server.store().statusCount() == 0);
    CHECK(f.server.store().scheduledCount() == 1);

    // A time already past is posted at once, as a Status.
    answer = schedule(-60);
    REQUIRE(answer.status == 200);
    CHECK(answer.json().object().contains(QStringLiteral("content")));
    CHECK(f.server.store().statusCount() == 1);
    CHECK(f.server.store().scheduledCount() == 1);
}

TEST_CASE("contract server publishes a scheduled status when its time comes")
{
    ContractFixture f;
    const QString when = f.clock.addSecs(600).toString(Qt::ISODate);
    const ClientAnswer created = f.client->postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("on time")}, {QStringLiteral("scheduled_at"), when}}, "key-s");
    REQUIRE(created.status == 200);
    const ClientAnswer other =
        f.client->postJson(QStringLiteral("/api/v1/statuses"), {{QStringLiteral("status"), QStringLiteral("cancelled")},
                                                                {QStringLiteral("scheduled_at"), when}});
    REQUIRE(other.status == 200);

    ClientAnswer list = f.client->get(QStringLiteral("/api/v1/scheduled_statuses"));
    REQUIRE(list.json().array().size() == 2);
    CHECK(f.client->get(QStringLiteral("/api/v1/scheduled_statuses/") + idOf(created)).status == 200);
    const ClientAnswer removed = f.client->deleteResource(QStringLiteral("/api/v1/scheduled_statuses/") + idOf(other));
    CHECK(removed.status == 200);
    CHECK(removed.body == "{}");
    CHECK(f.client->get(QStringLiteral("/api/v1/scheduled_statuses/") + idOf(other)).status == 404);

    f.clock = f.clock.addSecs(599);
    CHECK(f.server.publishDueScheduledStatuses() == 0);
    f.clock = f.clock.addSecs(2);
    CHECK(f.server.publishDueScheduledStatuses() == 1);
    CHECK(f.client->get(QStringLiteral("/api/v1/scheduled_statuses")).json().array().isEmpty());
    REQUIRE(f.server.store().statusCount() == 1);
    const ContractStatus& published = f.server.store().statuses().front();
    CHECK(published.fromSchedule);
    CHECK(published.params.text == QStringLiteral("on time"));
    CHECK(published.idempotencyKey == QStringLiteral("key-s"));
    const QJsonArray home = f.client->get(QStringLiteral("/api/v1/timelines/home")).json().array();
    REQUIRE(home.size() == 1);
    CHECK(home.at(0).toObject().value(QStringLiteral("id")).toString() == published.id);
}

TEST_CASE("contract server answers a repeated Idempotency-Key with the first status")
{
    ContractFixture f;
    const ClientAnswer first = f.postStatus(QStringLiteral("first"), "key-1");
    const ClientAnswer again = f.postStatus(QStringLiteral("second text, same key"), "key-1");
    REQUIRE(first.status == 200);
    REQUIRE(again.status == 200);
    CHECK(idOf(again) == idOf(first));
    CHECK(again.json().object().value(QStringLiteral("content")).toString() == QStringLiteral("<p>first</p>"));
    CHECK(f.server.store().statusCount() == 1);
    CHECK(f.server.store().creationsWithKey(QStringLiteral("key-1")) == 1);

    CHECK(idOf(f.postStatus(QStringLiteral("other"), "key-2")) != idOf(first));
    f.clock = f.clock.addSecs(3601);
    CHECK(idOf(f.postStatus(QStringLiteral("an hour later"), "key-1")) != idOf(first));
    CHECK(f.server.store().statusCount() == 3);
}

TEST_CASE("contract server favourites a status idempotently")
{
    ContractFixture f;
    const QString id = idOf(f.postStatus(QStringLiteral("like me")));
    const QString path = QStringLiteral("/api/v1/statuses/") + id + QStringLiteral("/favourite");
    for (int i = 0; i < 2; ++i) {
        const QJsonObject status = f.client->post(path).json().object();
        CHECK(status.value(QStringLiteral("favourited")).toBool());
        CHECK(status.value(QStringLiteral("favourites_count")).toInt() == 1);
    }
    CHECK(f.client->post(QStringLiteral("/api/v1/statuses/1/favourite")).status == 404);
}

TEST_CASE("contract server threads replies and follows accounts")
{
    ContractFixture f;
    const QString parent = idOf(f.postStatus(QStringLiteral("parent")));
    const ClientAnswer reply = f.client->post(
        QStringLiteral("/api/v1/statuses"), ContractFixture::form({{QStringLiteral("status"), QStringLiteral("child")},
                                                                   {QStringLiteral("in_reply_to_id"), parent}}));
    REQUIRE(reply.status == 200);
    CHECK(reply.json().object().value(QStringLiteral("in_reply_to_id")).toString() == parent);
    const QJsonObject below =
        f.client->get(QStringLiteral("/api/v1/statuses/") + parent + QStringLiteral("/context")).json().object();
    CHECK(below.value(QStringLiteral("ancestors")).toArray().isEmpty());
    REQUIRE(below.value(QStringLiteral("descendants")).toArray().size() == 1);
    const QJsonObject above =
        f.client->get(QStringLiteral("/api/v1/statuses/") + idOf(reply) + QStringLiteral("/context")).json().object();
    REQUIRE(above.value(QStringLiteral("ancestors")).toArray().size() == 1);
    CHECK(above.value(QStringLiteral("ancestors")).toArray().at(0).toObject().value(QStringLiteral("id")) == parent);
    CHECK(f.client
              ->post(QStringLiteral("/api/v1/statuses"),
                     ContractFixture::form({{QStringLiteral("status"), QStringLiteral("orphan")},
                                            {QStringLiteral("in_reply_to_id"), QStringLiteral("404")}}))
              .status == 404);

    const ClientAnswer follow = f.client->post(QStringLiteral("/api/v1/accounts/2/follow"));
    CHECK(follow.status == 200);
    CHECK(follow.json().object().value(QStringLiteral("following")).toBool());
    CHECK(f.client->post(QStringLiteral("/api/v1/accounts/999/follow")).status == 404);
}

TEST_CASE("contract server pages timelines through Link headers")
{
    ContractFixture f;
    for (int i = 0; i < 25; ++i)
        REQUIRE(f.postStatus(QStringLiteral("post %1").arg(i)).status == 200);
    for (const QString& path :
         {QStringLiteral("/api/v1/timelines/home?limit=10"), QStringLiteral("/api/v1/accounts/1/statuses?limit=10")}) {
        QStringList seen;
        QList<int> sizes;
        ClientAnswer page = f.client->get(path);
        while (true) {
            REQUIRE(page.status == 200);
            const QJsonArray items = page.json().array();
            sizes.append(int(items.size()));
            for (const QJsonValue& item : items) {
                REQUIRE(item.toObject().value(QStringLiteral("id")).isString());
                seen.append(item.toObject().value(QStringLiteral("id")).toString());
            }
            CHECK(page.header("Link").contains("rel=\"prev\""));
            const QUrl next = nextLink(page);
            if (next.isEmpty())
                break;
            page = f.client->getUrl(next);
        }
        CHECK(sizes == QList<int>{10, 10, 5});
        REQUIRE(seen.size() == 25);
        CHECK(seen.first() == f.server.store().statuses().back().id);
        CHECK(seen.last() == f.server.store().statuses().front().id);
    }
}

TEST_CASE("contract server answers 429 with rate-limit headers once the budget is spent")
{
    ContractFixture f;
    f.server.setRateLimit(3, 300);
    for (int i = 0; i < 3; ++i) {
        const ClientAnswer answer = f.client->get(QStringLiteral("/api/v1/timelines/home"));
        CHECK(answer.status == 200);
        CHECK(answer.header("X-RateLimit-Limit") == "3");
        CHECK(answer.header("X-RateLimit-Remaining") == QByteArray::number(2 - i));
    }
    const ClientAnswer refused = f.postStatus(QStringLiteral("too many"));
    CHECK(refused.status == 429);
    CHECK(errorOf(refused) == QStringLiteral("Too many requests"));
    CHECK(refused.header("X-RateLimit-Remaining") == "0");
    CHECK(refused.header("X-RateLimit-Reset") == "2026-03-01T12:05:00.000000Z");
    CHECK(f.server.store().statusCount() == 0);

    f.clock = f.clock.addSecs(300);
    CHECK(f.postStatus(QStringLiteral("new window")).status == 200);
}

TEST_CASE("contract server shows its store over HTTP and resets")
{
    ContractFixture f;
    REQUIRE(f.postStatus(QStringLiteral("visible"), "key-v").status == 200);
    ContractClient outside(f.server.url());
    QJsonObject snapshot = outside.get(QStringLiteral("/__contract/statuses")).json().object();
    const QJsonArray statuses = snapshot.value(QStringLiteral("statuses")).toArray();
    REQUIRE(statuses.size() == 1);
    CHECK(statuses.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("visible"));
    CHECK(statuses.at(0).toObject().value(QStringLiteral("idempotency_key")).toString() == QStringLiteral("key-v"));
    CHECK(statuses.at(0).toObject().value(QStringLiteral("scheduled")).toBool() == false);
    CHECK(snapshot.value(QStringLiteral("creations_per_key")).toObject().value(QStringLiteral("key-v")).toInt() == 1);
    CHECK(snapshot.value(QStringLiteral("request_count")).toInt() == 1);

    const ClientAnswer faults = outside.postJson(
        QStringLiteral("/__contract/faults"),
        {{QStringLiteral("force"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v1/statuses")},
                                                          {QStringLiteral("kind"), QStringLiteral("server_error")}}}}});
    CHECK(faults.status == 200);
    CHECK(f.postStatus(QStringLiteral("fails")).status == 500);
    CHECK(outside.postJson(QStringLiteral("/__contract/faults"), {{QStringLiteral("kinds"), QJsonArray{1}}}).status ==
          422);

    const QJsonObject log = outside.get(QStringLiteral("/__contract/requests")).json().object();
    CHECK(log.value(QStringLiteral("count")).toInt() == 2);
    CHECK(log.value(QStringLiteral("requests")).toArray().at(1).toObject().value(QStringLiteral("fault")) ==
          QStringLiteral("server_error"));
    const ClientAnswer limit =
        outside.postJson(QStringLiteral("/__contract/rate_limit"),
                         {{QStringLiteral("budget"), 50}, {QStringLiteral("window_seconds"), 60}});
    CHECK(limit.status == 200);
    CHECK(f.server.rateLimitBudget() == 50);
    CHECK(f.server.rateLimitWindowSeconds() == 60);

    CHECK(outside.post(QStringLiteral("/__contract/reset")).status == 200);
    snapshot = outside.get(QStringLiteral("/__contract/statuses")).json().object();
    CHECK(snapshot.value(QStringLiteral("statuses")).toArray().isEmpty());
    CHECK(f.server.requestCount() == 0);
}

TEST_CASE("contract server publishes due statuses by itself and dedups scheduled retries")
{
    ContractFixture f;
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("by itself")},
                           {QStringLiteral("scheduled_at"), f.clock.addSecs(600).toString(Qt::ISODate)}};
    const ClientAnswer first = f.client->postJson(QStringLiteral("/api/v1/statuses"), body, "key-sched");
    const ClientAnswer retry = f.client->postJson(QStringLiteral("/api/v1/statuses"), body, "key-sched");
    REQUIRE(first.status == 200);
    CHECK(retry.body == first.body);
    CHECK(f.server.store().scheduledCount() == 1);
    CHECK(f.server.store().creationsWithKey(QStringLiteral("key-sched")) == 1);

    f.clock = f.clock.addSecs(600);
    QEventLoop loop;
    QTimer::singleShot(600, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(f.server.store().statusCount() == 1);
    CHECK(f.server.store().scheduledCount() == 0);
    CHECK(f.server.store().statuses().front().createdAt == f.clock);

    // A retry after publication gets the published status instead of a second post.
    const ClientAnswer late = f.client->postJson(QStringLiteral("/api/v1/statuses"), body, "key-sched");
    CHECK(late.status == 200);
    CHECK(late.json().object().value(QStringLiteral("id")).toString() == f.server.store().statuses().front().id);
    CHECK(f.server.store().statusCount() == 1);
}
