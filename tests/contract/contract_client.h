#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace Podium::Tests {

/// What one request to the contract server gave back, for test assertions.
struct ClientAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray& name) const;
};

/// Sends requests through a real QNetworkAccessManager and waits for the answer in a local event loop.
class ContractClient
{
public:
    explicit ContractClient(const QUrl& base, const QString& token = {});

    void setToken(const QString& token) { m_token = token; }
    /// Client-side transfer time-out; 0 means none.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    ClientAnswer get(const QString& path);
    ClientAnswer getUrl(const QUrl& url);
    ClientAnswer post(const QString& path, const QByteArray& body = {},
                      const QByteArray& contentType = "application/x-www-form-urlencoded",
                      const QByteArray& idempotencyKey = {});
    ClientAnswer postJson(const QString& path, const QJsonObject& body, const QByteArray& idempotencyKey = {});
    ClientAnswer deleteResource(const QString& path);

    QNetworkAccessManager& manager() { return m_manager; }

private:
    QNetworkRequest request(const QUrl& url, const QByteArray& idempotencyKey = {}) const;
    ClientAnswer wait(QNetworkReply* reply);

    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 10000;
};

} // namespace Podium::Tests
