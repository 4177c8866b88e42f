#include "contract_client.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

namespace Podium::Tests {

QByteArray ClientAnswer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ContractClient::ContractClient(const QUrl& base, const QString& token)
    : m_base(base)
    , m_token(token)
{}

ClientAnswer ContractClient::get(const QString& path)
{
    return getUrl(m_base.resolved(QUrl(path)));
}

ClientAnswer ContractClient::getUrl(const QUrl& url)
{
    return wait(m_manager.get(request(url)));
}

ClientAnswer ContractClient::post(const QString& path, const QByteArray& body, const QByteArray& contentType,
                                  const QByteArray& idempotencyKey)
{
    QNetworkRequest outgoing = request(m_base.resolved(QUrl(path)), idempotencyKey);
    outgoing.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_manager.post(outgoing, body));
}

ClientAnswer ContractClient::postJson(const QString& path, const QJsonObject& body, const QByteArray& idempotencyKey)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", idempotencyKey);
}

ClientAnswer ContractClient::deleteResource(const QString& path)
{
    return wait(m_manager.deleteResource(request(m_base.resolved(QUrl(path)))));
}

QNetworkRequest ContractClient::request(const QUrl& url, const QByteArray& idempotencyKey) const
{
    QNetworkRequest outgoing(url);
    if (!m_token.isEmpty())
        outgoing.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!idempotencyKey.isEmpty())
        outgoing.setRawHeader("Idempotency-Key", idempotencyKey);
    outgoing.setTransferTimeout(m_timeoutMs);
    return outgoing;
}

ClientAnswer ContractClient::wait(QNetworkReply* reply)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ClientAnswer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    answer.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return answer;
}

} // namespace Podium::Tests
