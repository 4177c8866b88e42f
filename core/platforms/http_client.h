#pragma once

#include "common/result.h"
#include "http_response.h"

#include <QNetworkRequest>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Podium::Core {

class Clock;

/// Sends HTTP requests for the platform connectors and turns transport failures and error statuses into
/// the shared platform error codes, so Mastodon and WordPress classify them the same way.
class HttpClient
{
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    HttpClient(QNetworkAccessManager* network, const Clock& clock, int timeoutMs = 30000);

    /// Sends the request; `done` gets every HTTP answer (error statuses included) or a transport Error
    /// (PlatformUnreachable for refused connections, time-outs and dropped connections). `done` never
    /// runs if `context` is destroyed first.
    void send(const QByteArray& verb, QNetworkRequest request, const QByteArray& body, const QObject* context,
              Done done) const;

    /// The Error for a non-2xx answer: 401/403 → PlatformCredentialRefused, 404/410 → PlatformTargetNotFound,
    /// 429 → PlatformRateLimited, 5xx → PlatformServerError, other 4xx → PlatformRejected. `reason` is
    /// the server's own message (already decoded by the platform), kept as the detail.
    Error errorFor(const HttpResponse& response, const QString& reason) const;
    /// When the server allows the next attempt: Retry-After (seconds or HTTP date), or X-RateLimit-Reset
    /// when X-RateLimit-Remaining is 0; invalid when it does not say.
    QDateTime retryAt(const HttpResponse& response) const;

    const Clock& clock() const { return m_clock; }

private:
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    int m_timeoutMs;
};

} // namespace Podium::Core
