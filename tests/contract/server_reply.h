#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Podium::Tests {

/// An answer the contract server is about to write: status, JSON body and extra headers.
struct ServerReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json; charset=utf-8";
};

} // namespace Podium::Tests
