#pragma once

#include "contract_api.h"
#include "contract_store.h"
#include "fault_plan.h"
#include "http_request_parser.h"
#include "rate_limiter.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace Podium::Tests {

/// One request the contract server received and what it did with it.
struct RequestLogEntry
{
    QByteArray method;
    QString path;
    /// 0 when the connection was dropped instead of answered.
    int status = 0;
    FaultKind fault = FaultKind::None;
    QString idempotencyKey;
};

/// A loopback HTTP/1.1 server that follows the documented Mastodon client API, with rate limits and
/// injected faults, so clients can be tested against behaviour real test servers cannot show.
class ContractServer : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<QDateTime()>;

    explicit ContractServer(QObject* parent = nullptr);
    ~ContractServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    /// http://127.0.0.1:PORT
    QUrl url() const;

    /// The one bearer token accepted; every other gets 401.
    QString token() const { return m_api.token(); }
    void setToken(const QString& token) { m_api.setToken(token); }

    /// The server's clock (system UTC by default); scheduling, rate windows and idempotency follow it.
    void setTimeSource(TimeSource source);
    QDateTime now() const { return m_now(); }

    /// Requests per window before 429; Mastodon's default is 300 per 300 s.
    void setRateLimit(int budget, int windowSeconds);
    int rateLimitBudget() const { return m_rateLimiter.budget(); }
    int rateLimitWindowSeconds() const { return m_rateLimiter.windowSeconds(); }

    FaultPlan& faultPlan() { return m_faults; }
    void setFaultPlan(const FaultPlan& plan) { m_faults = plan; }

    const ContractStore& store() const { return m_store; }
    /// Publishes the scheduled statuses whose time has come by the server's clock; returns how many.
    int publishDueScheduledStatuses();

    qsizetype requestCount() const { return qsizetype(m_log.size()); }
    const std::vector<RequestLogEntry>& requestLog() const { return m_log; }

    /// Empties the store and request log, refills the rate budget, drops forced faults and restarts the
    /// fault sequence from its seed. Token, rate-limit settings and fault ratio stay.
    void reset();

Q_SIGNALS:
    void requestHandled(const QString& path, int status);

private:
    struct Connection
    {
        HttpRequestParser parser;
        bool busy = false;
    };

    void acceptConnections();
    void readFrom(QTcpSocket* socket);
    void processPending(QTcpSocket* socket);
    /// Handles one request; false when the connection is gone or closing.
    bool handle(QTcpSocket* socket, const ServerRequest& request);
    ServerReply control(const ServerRequest& request);
    QByteArray statusesSnapshot() const;
    void addRateHeaders(ServerReply& reply, const RateLimiter::Outcome& outcome) const;
    bool write(QTcpSocket* socket, const ServerReply& reply, bool keepAlive, qsizetype truncateTo = -1);
    void finishLog(int status);

    QTcpServer* m_server = nullptr;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
    TimeSource m_now;
    ContractStore m_store;
    ContractApi m_api;
    RateLimiter m_rateLimiter;
    FaultPlan m_faults;
    std::vector<RequestLogEntry> m_log;
    QTimer m_scheduler;
};

} // namespace Podium::Tests
