#include "canned_http_server.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

namespace Podium::Tests {

CannedHttpServer::CannedHttpServer(Handler handler)
    : m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    REQUIRE(m_server->listen(QHostAddress::LocalHost));
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

CannedHttpServer::~CannedHttpServer() = default;

QUrl CannedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void CannedHttpServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const Answer answer = m_handler(request);
        if (answer.drop) {
            m_buffers.remove(socket);
            socket->abort();
            return;
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\n";
        for (const auto& [name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        socket->write(response);
    }
}

} // namespace Podium::Tests
