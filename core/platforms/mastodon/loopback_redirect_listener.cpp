#include "loopback_redirect_listener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Podium::Core {

namespace {

const QString callbackPath = QStringLiteral("/callback");
// A browser's request line and headers fit easily; anything bigger is not a browser coming back.
constexpr qsizetype maximumRequestBytes = 64 * 1024;

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::accept);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(callbackPath);
    return url;
}

void LoopbackRedirectListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::read(QTcpSocket* socket)
{
    auto pending = m_pending.find(socket);
    if (pending == m_pending.end())
        return;
    pending->append(socket->readAll());
    const qsizetype headerEnd = pending->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (pending->size() > maximumRequestBytes)
            answer(socket, "431 Request Header Fields Too Large", "Request too large.");
        return;
    }
    const QByteArray requestLine = pending->left(pending->indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET") {
        answer(socket, "405 Method Not Allowed", "Podium only expects the browser to come back here.");
        return;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)));
    if (target.path() != callbackPath) {
        answer(socket, "404 Not Found", "Not found.");
        return;
    }
    answer(socket, "200 OK", "Podium received the authorization. You can close this window and return to Podium.");
    Q_EMIT redirected(QUrlQuery(target.query(QUrl::FullyEncoded)));
}

void LoopbackRedirectListener::answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& page)
{
    m_pending.remove(socket);
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Podium</title></head><body><p>" +
                            page + "</p></body></html>";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(html.size()) + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + html);
    // The answer must reach the browser even when the flow ends (and deletes this listener) right away:
    // the socket lives on its own until the page is flushed, or gives up after a while.
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(10000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

} // namespace Podium::Core
