#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace Podium::Core {

/// Receives the browser's OAuth redirect on 127.0.0.1 and hands over the query carrying the code.
///
/// RFC 8252's loopback redirect: the browser gets a short page telling the person to return to Podium.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    /// Listens on 127.0.0.1 only; port 0 picks a free one. False when the port cannot be had.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    /// http://127.0.0.1:PORT/callback: what the app registers and the authorize URL names.
    QUrl redirectUri() const;

Q_SIGNALS:
    /// A request for the callback path arrived; other paths (a browser's favicon request) are answered 404.
    void redirected(const QUrlQuery& query);

private:
    void accept();
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& page);

    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

} // namespace Podium::Core
