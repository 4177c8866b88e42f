#pragma once

#include "server_request.h"

namespace Podium::Tests {

/// Cuts HTTP/1.1 requests (head plus a Content-Length body) out of the bytes a connection receives.
class HttpRequestParser
{
public:
    enum class State
    {
        NeedMore,
        Ready,
        Error
    };

    void append(const QByteArray& data) { m_buffer.append(data); }
    /// Tries to complete the next request from what has arrived; Ready means take() has it.
    State parse();
    ServerRequest take();
    /// The HTTP status to answer with once parse() said Error (400, 411, 413 or 431).
    int errorStatus() const { return m_errorStatus; }
    /// True once per request whose head asked "Expect: 100-continue" and whose body has not all arrived.
    bool takeContinueRequest();

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 4 * 1024 * 1024;

private:
    State fail(int status);
    bool parseHead(QByteArrayView head);

    QByteArray m_buffer;
    ServerRequest m_current;
    bool m_haveHead = false;
    bool m_ready = false;
    bool m_wantsContinue = false;
    qsizetype m_bodyLength = 0;
    int m_errorStatus = 0;
};

} // namespace Podium::Tests
