#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Podium::Tests {

/// A loopback HTTP server that answers each request with what the test says, and remembers the requests:
/// for the shapes and faults of the Mastodon API that snac cannot show (tests using it say "fake server").
class CannedHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
        /// Close the connection without answering.
        bool drop = false;
    };
    using Handler = std::function<Answer(const Request&)>;

    explicit CannedHttpServer(Handler handler);
    ~CannedHttpServer() override;

    QUrl url() const;
    const QList<Request>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket);

    Handler m_handler;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace Podium::Tests
