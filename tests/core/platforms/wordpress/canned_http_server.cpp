#include "canned_http_server.h"

#include <QTcpSocket>

#include <catch2/catch.hpp>

namespace Podium::Tests {

CannedHttpServer::CannedHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    REQUIRE(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    });
}

QUrl CannedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void CannedHttpServer::serve(QTcpSocket* socket)
{
    // Waits for the whole head and body; every answer closes the connection, so one request per socket.
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = request.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray& line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (request.size() < headEnd + 4 + length)
        return;
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    m_targets.append(target);
    const Answer answer = m_handler(method, target);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\nContent-Type: " + answer.contentType +
        "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body;
    socket->write(response);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace Podium::Tests
