#include "http_client.h"

#include "common/clock.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Podium::Core {

namespace {

QDateTime parseHttpDate(const QByteArray& value)
{
    // RFC 9110's preferred form, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager* network, const Clock& clock, int timeoutMs)
    : m_network(network)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{}

void HttpClient::send(const QByteArray& verb, QNetworkRequest request, const QByteArray& body, const QObject* context,
                      Done done) const
{
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            // No HTTP answer at all: refused, reset, timed out, or the name did not resolve.
            const QString reason = reply->error() == QNetworkReply::OperationCanceledError ? QStringLiteral("timed out")
                                                                                           : reply->errorString();
            done(Error{ErrorCode::PlatformUnreachable, reason});
            return;
        }
        HttpResponse response;
        response.status = status.toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        if (reply->error() == QNetworkReply::RemoteHostClosedError ||
            reply->error() == QNetworkReply::OperationCanceledError) {
            // The headers came but the body was cut off: the answer cannot be trusted.
            done(Error{ErrorCode::PlatformUnreachable, reply->errorString()});
            return;
        }
        done(std::move(response));
    });
    // A dropped connection can leave the reply without a context to clean it up. QObject emits destroyed()
    // before it cuts its connections, so the abort's finished() would still reach `done`: disconnect first.
    QObject::connect(context, &QObject::destroyed, reply, [reply] {
        QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
    });
}

Error HttpClient::errorFor(const HttpResponse& response, const QString& reason) const
{
    const QString detail = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : reason;
    const int status = response.status;
    if (status == 401 || status == 403)
        return Error{ErrorCode::PlatformCredentialRefused, detail};
    if (status == 404 || status == 410)
        return Error{ErrorCode::PlatformTargetNotFound, detail};
    if (status == 429 || status == 408 || status == 425)
        return Error{ErrorCode::PlatformRateLimited, detail, retryAt(response)};
    if (status >= 500)
        return Error{ErrorCode::PlatformServerError, detail, retryAt(response)};
    return Error{ErrorCode::PlatformRejected, detail};
}

QDateTime HttpClient::retryAt(const HttpResponse& response) const
{
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.toLongLong(&isNumber);
        if (isNumber && seconds >= 0)
            return m_clock.now().addSecs(seconds);
        if (const QDateTime date = parseHttpDate(retryAfter); date.isValid())
            return date;
    }
    if (response.header("X-RateLimit-Remaining").trimmed() == "0") {
        // Mastodon sends an ISO 8601 instant with fractional seconds, not epoch seconds.
        const QDateTime reset = QDateTime::fromString(
            QString::fromLatin1(response.header("X-RateLimit-Reset").trimmed()), Qt::ISODateWithMs);
        if (reset.isValid())
            return reset.toUTC();
    }
    return {};
}

} // namespace Podium::Core
