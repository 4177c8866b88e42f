#pragma once

#include "common/result.h"
#include "platforms/http_response.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>
#include <optional>

namespace Podium::Tests {

/// The real WordPress the CTest fixture "wordpress" started, and the admin actions tests need around it.
class WordPressServer
{
public:
    struct Account
    {
        qint64 id = 0;
        QString user;
        QString appPassword;
    };

    /// Reads the fixture's env file (PODIUM_TEST_WP_ENV, else the path compiled in); FAILs when the server
    /// is not there, so a missing server can never look like a pass.
    static WordPressServer fromEnvironment();

    QUrl url() const { return m_url; }
    QString user() const { return m_user; }
    QString appPassword() const { return m_appPassword; }

    /// A REST call ("/wp/v2/posts?slug=x") as the admin, waited for.
    Core::HttpResponse rest(const QByteArray& verb, const QString& routeAndQuery, const QJsonObject& body = {}) const;
    /// A plain GET of any URL on the site, without credentials, waited for.
    Core::HttpResponse fetch(const QUrl& url) const;
    /// A new user with the author role and an application password of its own.
    Account createAuthor(const QString& name) const;

private:
    Core::HttpResponse send(const QByteArray& verb, const QUrl& url, const QByteArray& body, bool signedIn) const;

    QUrl m_url;
    QString m_user;
    QString m_appPassword;
};

/// Calls `start` with a callback and runs the event loop until it has been called; checks the Platform
/// contract on the way: not during `start` itself, and exactly once.
template <typename T>
Core::Result<T> await(const std::function<void(std::function<void(Core::Result<T>)>)>& start, int timeoutMs = 30000)
{
    struct State
    {
        std::optional<Core::Result<T>> result;
        int calls = 0;
        bool returned = false;
        bool calledInside = false;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    start([state](Core::Result<T> result) {
        ++state->calls;
        state->calledInside = state->calledInside || !state->returned;
        state->result.emplace(std::move(result));
        state->loop.quit();
    });
    state->returned = true;
    if (!state->result) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    CHECK_FALSE(state->calledInside);
    if (!state->result)
        FAIL("no answer within " << timeoutMs << " ms");
    QCoreApplication::processEvents();
    CHECK(state->calls == 1);
    return std::move(*state->result);
}

/// Lets the event loop run for `ms` milliseconds.
void pause(int ms);

} // namespace Podium::Tests
