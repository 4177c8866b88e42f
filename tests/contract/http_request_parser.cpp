#include "http_request_parser.h"

#include <QUrl>

namespace Podium::Tests {

namespace {

QUrlQuery formQuery(const QByteArray& encoded)
{
    // Form encoding writes spaces as '+', which QUrlQuery would keep literally.
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

} // namespace

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_errorStatus != 0)
        return State::Error;
    if (m_ready)
        return State::Ready;
    if (!m_haveHead) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > maxHeadBytes ? fail(431) : State::NeedMore;
        if (end > maxHeadBytes)
            return fail(431);
        if (!parseHead(QByteArrayView(m_buffer).first(end)))
            return State::Error;
        m_buffer.remove(0, end + 4);
        m_haveHead = true;
    }
    if (m_buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_ready = true;
    return State::Ready;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool wanted = m_wantsContinue && m_haveHead && !m_ready;
    m_wantsContinue = false;
    return wanted;
}

ServerRequest HttpRequestParser::take()
{
    ServerRequest request = std::move(m_current);
    m_current = ServerRequest();
    m_haveHead = false;
    m_ready = false;
    m_wantsContinue = false;
    m_bodyLength = 0;
    return request;
}

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400);
        return false;
    }
    m_current.method = requestLine.at(0);
    const QByteArray& target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    m_current.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        m_current.query = formQuery(target.mid(question + 1));
    if (!m_current.path.startsWith(QLatin1Char('/'))) {
        fail(400);
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return false;
        }
        m_current.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_current.header("connection").toLower();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    m_current.keepAlive = http10 ? connection == "keep-alive" : connection != "close";
    if (m_current.headers.contains("transfer-encoding")) {
        fail(411);
        return false;
    }
    bool ok = true;
    const QByteArray length = m_current.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0) {
        fail(400);
        return false;
    }
    if (m_bodyLength > maxBodyBytes) {
        fail(413);
        return false;
    }
    m_wantsContinue = m_current.header("expect").toLower() == "100-continue";
    return true;
}

} // namespace Podium::Tests
