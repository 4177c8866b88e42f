#include "contract_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Podium::Tests {

namespace {

constexpr int schedulerIntervalMs = 250;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

ServerReply htmlError(int status)
{
    // What a reverse proxy in front of Mastodon sends: HTML, not JSON.
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return ServerReply{status,
                       "<html><head><title>" + title + "</title></head><body><center><h1>" + title +
                           "</h1></center><hr><center>nginx</center></body></html>\n",
                       {},
                       "text/html"};
}

ServerReply jsonReply(const QJsonObject& object, int status = 200)
{
    return ServerReply{
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, "application/json; charset=utf-8"};
}

} // namespace

ContractServer::ContractServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_api(m_store, QUrl(), QStringLiteral("contract-token"))
{
    connect(m_server, &QTcpServer::newConnection, this, &ContractServer::acceptConnections);
    m_scheduler.setInterval(schedulerIntervalMs);
    connect(&m_scheduler, &QTimer::timeout, this, &ContractServer::publishDueScheduledStatuses);
}

ContractServer::~ContractServer()
{
    close();
}

bool ContractServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_api.setBaseUrl(url());
    m_scheduler.start();
    return true;
}

void ContractServer::close()
{
    m_scheduler.stop();
    m_server->close();
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto& [socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool ContractServer::isListening() const
{
    return m_server->isListening();
}

QUrl ContractServer::url() const
{
    QUrl result;
    result.setScheme(QStringLiteral("http"));
    result.setHost(QStringLiteral("127.0.0.1"));
    result.setPort(m_server->serverPort());
    return result;
}

void ContractServer::setTimeSource(TimeSource source)
{
    m_now = source ? std::move(source) : TimeSource([] { return QDateTime::currentDateTimeUtc(); });
}

void ContractServer::setRateLimit(int budget, int windowSeconds)
{
    m_rateLimiter.configure(budget, windowSeconds);
}

int ContractServer::publishDueScheduledStatuses()
{
    const std::optional<QDateTime> due = m_store.nextDue();
    if (!due)
        return 0;
    const QDateTime now = m_now();
    return *due <= now ? m_store.publishDue(now) : 0;
}

void ContractServer::reset()
{
    m_store.clear();
    m_log.clear();
    m_rateLimiter.reset();
    m_faults.clearForced();
    m_faults.restart();
}

void ContractServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
    }
}

void ContractServer::readFrom(QTcpSocket* socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    found->second->parser.append(socket->readAll());
    processPending(socket);
}

void ContractServer::processPending(QTcpSocket* socket)
{
    while (true) {
        const auto found = m_connections.find(socket);
        if (found == m_connections.end() || found->second->busy)
            return;
        HttpRequestParser& parser = found->second->parser;
        const HttpRequestParser::State state = parser.parse();
        if (state == HttpRequestParser::State::NeedMore) {
            // curl waits for this before sending a body over 1 KiB.
            if (parser.takeContinueRequest())
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        if (state == HttpRequestParser::State::Error) {
            write(socket, htmlError(parser.errorStatus()), false);
            return;
        }
        if (!handle(socket, parser.take()))
            return;
    }
}

bool ContractServer::handle(QTcpSocket* socket, const ServerRequest& request)
{
    if (request.path.startsWith(QLatin1String("/__contract/")))
        return write(socket, control(request), request.keepAlive);

    publishDueScheduledStatuses();
    const QDateTime now = m_now();
    const FaultKind fault = m_faults.next(request.path);
    m_log.push_back(
        RequestLogEntry{request.method, request.path, 0, fault, QString::fromUtf8(request.header("idempotency-key"))});
    if (fault == FaultKind::DropBefore) {
        finishLog(0);
        socket->abort();
        return false;
    }

    ServerReply reply;
    RateLimiter::Outcome outcome = m_rateLimiter.peek(now);
    switch (fault) {
    case FaultKind::ServerError:
        reply = htmlError(500);
        break;
    case FaultKind::BadGateway:
        reply = htmlError(502);
        break;
    case FaultKind::ServiceUnavailable:
        reply = htmlError(503);
        reply.headers.append({"Retry-After", QByteArray::number(m_faults.retryAfterSeconds())});
        break;
    case FaultKind::RateLimited:
        outcome.remaining = 0;
        outcome.reset = now.addSecs(m_faults.retryAfterSeconds());
        reply = jsonReply(QJsonObject{{QStringLiteral("error"), QStringLiteral("Too many requests")}}, 429);
        break;
    default:
        outcome = m_rateLimiter.consume(now);
        if (outcome.allowed)
            reply = m_api.handle(request, now);
        else
            reply = jsonReply(QJsonObject{{QStringLiteral("error"), QStringLiteral("Too many requests")}}, 429);
        break;
    }
    addRateHeaders(reply, outcome);

    switch (fault) {
    case FaultKind::DropAfter:
        finishLog(0);
        socket->abort();
        return false;
    case FaultKind::GarbageBody:
        reply.status = 200;
        reply.body = QByteArray("\x1f\x8b garbage <html>{\"id\": \xff\xfe not json", 37);
        break;
    case FaultKind::TruncatedBody:
        finishLog(reply.status);
        write(socket, reply, false, reply.body.size() / 2);
        return false;
    case FaultKind::SlowAnswer: {
        finishLog(reply.status);
        m_connections.at(socket)->busy = true;
        const QPointer<QTcpSocket> guard(socket);
        const bool keepAlive = request.keepAlive;
        QTimer::singleShot(m_faults.slowDelayMs(), this, [this, guard, reply, keepAlive] {
            if (!guard || m_connections.find(guard.data()) == m_connections.end())
                return;
            m_connections.at(guard.data())->busy = false;
            if (write(guard.data(), reply, keepAlive))
                processPending(guard.data());
        });
        return false;
    }
    default:
        break;
    }
    finishLog(reply.status);
    return write(socket, reply, request.keepAlive);
}

void ContractServer::finishLog(int status)
{
    m_log.back().status = status;
    Q_EMIT requestHandled(m_log.back().path, status);
}

void ContractServer::addRateHeaders(ServerReply& reply, const RateLimiter::Outcome& outcome) const
{
    reply.headers.append({"X-RateLimit-Limit", QByteArray::number(outcome.limit)});
    reply.headers.append({"X-RateLimit-Remaining", QByteArray::number(outcome.remaining)});
    reply.headers.append({"X-RateLimit-Reset", RateLimiter::formatReset(outcome.reset)});
}

bool ContractServer::write(QTcpSocket* socket, const ServerReply& reply, bool keepAlive, qsizetype truncateTo)
{
    const bool closing = !keepAlive || truncateTo >= 0;
    QByteArray data;
    data.reserve(256 + reply.body.size());
    data += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    data += "Content-Type: " + reply.contentType + "\r\n";
    data += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    data += closing ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto& [name, value] : reply.headers)
        data += name + ": " + value + "\r\n";
    data += "\r\n";
    data += truncateTo >= 0 ? reply.body.left(truncateTo) : reply.body;
    socket->write(data);
    if (closing) {
        socket->disconnectFromHost();
        return false;
    }
    return true;
}

ServerReply ContractServer::control(const ServerRequest& request)
{
    const QString name = request.path.mid(QStringLiteral("/__contract/").size());
    const bool post = request.method == "POST";
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (name == QLatin1String("statuses") && request.method == "GET")
        return ServerReply{200, statusesSnapshot(), {}, "application/json; charset=utf-8"};
    if (name == QLatin1String("requests") && request.method == "GET") {
        QJsonArray entries;
        for (const RequestLogEntry& entry : m_log) {
            entries.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(entry.method)},
                                       {QStringLiteral("path"), entry.path},
                                       {QStringLiteral("status"), entry.status},
                                       {QStringLiteral("fault"), FaultPlan::kindName(entry.fault)},
                                       {QStringLiteral("idempotency_key"), entry.idempotencyKey}});
        }
        return jsonReply(
            QJsonObject{{QStringLiteral("count"), qint64(m_log.size())}, {QStringLiteral("requests"), entries}});
    }
    if (name == QLatin1String("faults") && request.method == "GET")
        return jsonReply(m_faults.toJson());
    if (name == QLatin1String("faults") && post) {
        const QString problem = m_faults.applyJson(body);
        if (!problem.isEmpty())
            return jsonReply(QJsonObject{{QStringLiteral("error"), problem}}, 422);
        return jsonReply(m_faults.toJson());
    }
    if (name == QLatin1String("rate_limit") && post) {
        setRateLimit(body.value(QStringLiteral("budget")).toInt(rateLimitBudget()),
                     body.value(QStringLiteral("window_seconds")).toInt(rateLimitWindowSeconds()));
        return jsonReply(QJsonObject{{QStringLiteral("budget"), rateLimitBudget()},
                                     {QStringLiteral("window_seconds"), rateLimitWindowSeconds()}});
    }
    if (name == QLatin1String("publish_due") && post)
        return jsonReply(QJsonObject{{QStringLiteral("published"), publishDueScheduledStatuses()}});
    if (name == QLatin1String("reset") && post) {
        reset();
        return jsonReply(QJsonObject());
    }
    return jsonReply(QJsonObject{{QStringLiteral("error"), QStringLiteral("Record not found")}}, 404);
}

QByteArray ContractServer::statusesSnapshot() const
{
    QJsonArray statuses;
    for (const ContractStatus& status : m_store.statuses()) {
        statuses.append(QJsonObject{{QStringLiteral("id"), status.id},
                                    {QStringLiteral("text"), status.params.text},
                                    {QStringLiteral("idempotency_key"), status.idempotencyKey},
                                    {QStringLiteral("created_at"), ContractJson::timestamp(status.createdAt)},
                                    {QStringLiteral("scheduled"), status.fromSchedule},
                                    {QStringLiteral("in_reply_to_id"), status.params.inReplyToId},
                                    {QStringLiteral("visibility"), status.params.visibility},
                                    {QStringLiteral("favourited"), status.favourited}});
    }
    QJsonArray scheduled;
    for (const ContractScheduledStatus* entry : m_store.scheduledPage(int(m_store.scheduledCount()), {})) {
        scheduled.append(QJsonObject{{QStringLiteral("id"), entry->id},
                                     {QStringLiteral("text"), entry->params.text},
                                     {QStringLiteral("idempotency_key"), entry->idempotencyKey},
                                     {QStringLiteral("scheduled_at"), ContractJson::timestamp(entry->scheduledAt)}});
    }
    QJsonObject perKey;
    const QHash<QString, int> counts = m_store.creationsPerKey();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        perKey.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("statuses"), statuses},
                                     {QStringLiteral("scheduled_statuses"), scheduled},
                                     {QStringLiteral("creations_per_key"), perKey},
                                     {QStringLiteral("request_count"), qint64(m_log.size())}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Podium::Tests
