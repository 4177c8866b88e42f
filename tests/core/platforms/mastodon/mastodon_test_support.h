#pragma once

#include "platforms/platform.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>
#include <optional>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace Podium::Tests {

/// The snac instance the `snac` CTest fixture started, as its env files describe it.
struct SnacServer
{
    QUrl url;
    QString user;
    QString token;
    QString password;
    QString colleagueUser;
    QString colleagueToken;
    QString colleaguePassword;
    QString clientId;
    QString clientSecret;

    /// Reads the fixture's env files; fails the test (never skips it) when they are missing.
    static SnacServer fromFixture();
};

/// A network that counts the requests it is asked to send, to prove a refusal happened before any.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// Runs `start` and the event loop until its callback has run, checking the Platform contract on the way:
/// the callback comes later (never inside the call), and exactly once.
template <typename T>
Core::Result<T> await(const std::function<void(Core::Platform::Done<T>)>& start, int timeoutMs = 20000)
{
    std::optional<Core::Result<T>> result;
    bool returned = false;
    int calls = 0;
    QEventLoop loop;
    start([&](Core::Result<T> value) {
        CHECK(returned);
        ++calls;
        result.emplace(std::move(value));
        loop.quit();
    });
    returned = true;
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(result.has_value());
    // A second call would arrive from the event loop: give it the chance to show up.
    QEventLoop settle;
    QTimer::singleShot(0, &settle, &QEventLoop::quit);
    settle.exec();
    CHECK(calls == 1);
    return std::move(*result);
}

/// Asks `check` again every 250 ms until it is true or `timeoutMs` passed. snac delivers between its own
/// accounts in the background: 3-15 s when idle, so the default leaves room for a busy CI machine.
bool eventually(const std::function<bool()>& check, int timeoutMs = 60000);

/// A unique marker for test texts, so cases sharing one server never see each other's posts.
QString uniqueMarker();

} // namespace Podium::Tests

namespace Podium::Tests {

/// A raw HTTP exchange for what a test checks beside the platform (a browser, curl).
struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QUrl finalUrl;
};

/// Sends one request and waits for the answer (following redirects like a browser when asked).
RawAnswer rawRequest(QNetworkAccessManager& network, const QByteArray& verb, const QUrl& url,
                     const QByteArray& body = {}, const QByteArray& contentType = {}, const QString& token = {},
                     bool followRedirects = false);

} // namespace Podium::Tests
