#include "fake_clock.h"
#include "platforms/http_client.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Podium::Core;
using Podium::Tests::FakeClock;

namespace {

HttpResponse answer(int status, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    return response;
}

} // namespace

TEST_CASE("HttpClient sorts error statuses into retryable and final failures")
{
    FakeClock clock;
    QNetworkAccessManager network;
    const HttpClient client(&network, clock);

    CHECK(client.errorFor(answer(401), {}).code == ErrorCode::PlatformCredentialRefused);
    CHECK(client.errorFor(answer(403), {}).code == ErrorCode::PlatformCredentialRefused);
    CHECK(client.errorFor(answer(404), {}).code == ErrorCode::PlatformTargetNotFound);
    CHECK(client.errorFor(answer(429), {}).code == ErrorCode::PlatformRateLimited);
    CHECK(client.errorFor(answer(503), {}).code == ErrorCode::PlatformServerError);
    const Error rejected = client.errorFor(answer(422), QStringLiteral("Validation failed: Text can't be blank"));
    CHECK(rejected.code == ErrorCode::PlatformRejected);
    CHECK(rejected.detail == QStringLiteral("Validation failed: Text can't be blank"));
    CHECK_FALSE(isTransient(rejected.code));
    CHECK(isTransient(ErrorCode::PlatformRateLimited));
    CHECK(client.errorFor(answer(500), {}).detail == QStringLiteral("HTTP 500"));
}

TEST_CASE("HttpClient reads when to try again from Retry-After and X-RateLimit-Reset")
{
    FakeClock clock;
    QNetworkAccessManager network;
    const HttpClient client(&network, clock);

    CHECK(client.retryAt(answer(429, {{"Retry-After", "120"}})) == clock.now().addSecs(120));
    CHECK(client.retryAt(answer(503, {{"retry-after", "Wed, 04 Mar 2026 10:00:00 GMT"}})) ==
          QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
    CHECK(client
              .retryAt(
                  answer(429, {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2026-03-02T09:35:00.123456Z"}}))
              .toMSecsSinceEpoch() == QDateTime(QDate(2026, 3, 2), QTime(9, 35, 0, 123), Qt::UTC).toMSecsSinceEpoch());
    // Requests left: the reset time is no reason to wait.
    CHECK_FALSE(
        client.retryAt(answer(200, {{"X-RateLimit-Remaining", "5"}, {"X-RateLimit-Reset", "2026-03-02T09:35:00.000Z"}}))
            .isValid());
    CHECK_FALSE(client.retryAt(answer(429, {{"Retry-After", "soon"}})).isValid());
    CHECK(client.errorFor(answer(429, {{"Retry-After", "30"}}), {}).retryAt == clock.now().addSecs(30));
}

TEST_CASE("HttpClient reports a refused connection and a silent server as unreachable")
{
    FakeClock clock;
    QNetworkAccessManager network;
    const HttpClient client(&network, clock, 300);
    QObject context;

    // A listening socket that never answers, and a port nobody listens on.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();

    for (const quint16 port : {silent.serverPort(), closedPort}) {
        std::optional<Result<HttpResponse>> outcome;
        QEventLoop loop;
        QUrl url(QStringLiteral("http://127.0.0.1/api/v1/instance"));
        url.setPort(port);
        client.send("GET", QNetworkRequest(url), {}, &context, [&](Result<HttpResponse> result) {
            outcome = std::move(result);
            loop.quit();
        });
        CHECK_FALSE(outcome.has_value()); // never inside the call
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        REQUIRE(outcome.has_value());
        REQUIRE_FALSE(outcome->hasValue());
        CHECK(outcome->error().code == ErrorCode::PlatformUnreachable);
    }
}
