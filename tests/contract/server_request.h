#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Podium::Tests {

/// One parsed HTTP/1.1 request as the contract server sees it.
struct ServerRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    /// Header names are lower case; a repeated header keeps its last value.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace Podium::Tests
