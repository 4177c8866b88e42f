#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace Podium::Tests {

/// A loopback HTTP server that answers every request from a function: stands in for a web site that is
/// not WordPress, or for a WordPress answering in ways the real one cannot be made to.
class CannedHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=UTF-8";
        QByteArray body;
    };
    /// Gets the method and the request target as sent ("/?rest_route=%2F&_fields=...").
    using Handler = std::function<Answer(const QByteArray& method, const QByteArray& target)>;

    explicit CannedHttpServer(Handler handler);

    QUrl url() const;
    /// The request targets received so far, in order.
    QList<QByteArray> targets() const { return m_targets; }

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_targets;
};

} // namespace Podium::Tests
