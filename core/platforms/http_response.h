#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Podium::Core {

/// An HTTP answer as received, before any platform reads meaning into it.
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The first header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace Podium::Core
