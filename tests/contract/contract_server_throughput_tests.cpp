#include "contract_fixture.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

using namespace Podium::Tests;

TEST_CASE("contract server keeps a sequential QNetworkAccessManager client above 200 posts per second")
{
    ContractFixture f;
    f.server.setRateLimit(1000000, 300);
    constexpr int posts = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < posts; ++i)
        REQUIRE(f.postStatus(QStringLiteral("throughput %1").arg(i), QByteArray::number(i)).status == 200);
    const double perSecond = posts * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    WARN("sequential posts through QNetworkAccessManager: " << perSecond << " per second");
    CHECK(perSecond > 200);
    CHECK(f.server.store().statusCount() == posts);
}

TEST_CASE("contract server answers pipelined keep-alive posts well over a thousand per second")
{
    ContractFixture f;
    f.server.setRateLimit(1000000, 300);
    constexpr int posts = 5000;
    QByteArray requests;
    for (int i = 0; i < posts; ++i) {
        const QByteArray body = "status=pipelined+" + QByteArray::number(i);
        requests += "POST /api/v1/statuses HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    f.server.token().toUtf8() + "\r\nIdempotency-Key: p" + QByteArray::number(i) +
                    "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    socket.connectToHost(QHostAddress::LocalHost, quint16(f.server.url().port()));
    REQUIRE(socket.waitForConnected(5000));
    socket.write(requests);
    QByteArray received;
    qsizetype scanned = 0;
    int answers = 0;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        // Scan only what is new, so counting stays cheap next to the server's work.
        static const QByteArray statusLine("HTTP/1.1 200 OK\r\n");
        for (qsizetype at = received.indexOf(statusLine, scanned); at >= 0;
             at = received.indexOf(statusLine, scanned)) {
            ++answers;
            scanned = at + statusLine.size();
        }
        if (answers >= posts)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const double perSecond = posts * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    WARN("pipelined posts on one keep-alive connection: " << perSecond << " per second");
    CHECK(answers == posts);
    CHECK(f.server.store().statusCount() == posts);
    CHECK(perSecond > 1000);
}

TEST_CASE("contract server serves many posts in flight on parallel connections")
{
    ContractFixture f;
    f.server.setRateLimit(1000000, 300);
    constexpr int posts = 600;
    QNetworkAccessManager& manager = f.client->manager();
    int finished = 0;
    int succeeded = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < posts; ++i) {
        QNetworkRequest request(f.server.url().resolved(QUrl(QStringLiteral("/api/v1/statuses"))));
        request.setRawHeader("Authorization", "Bearer " + f.server.token().toUtf8());
        request.setRawHeader("Idempotency-Key", "parallel-" + QByteArray::number(i));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = manager.post(request, "status=parallel+" + QByteArray::number(i));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            succeeded += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
            reply->deleteLater();
            if (++finished == posts)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    WARN("parallel posts through QNetworkAccessManager: "
         << posts * 1000.0 / double(std::max<qint64>(1, timer.elapsed())) << " per second");
    CHECK(succeeded == posts);
    CHECK(f.server.store().statusCount() == posts);
}
