#pragma once

#include "contract_client.h"
#include "contract_server.h"

#include <QJsonObject>

#include <memory>

namespace Podium::Tests {

/// A listening contract server whose clock a test moves by hand, and a client holding its token.
struct ContractFixture
{
    ContractFixture()
    {
        server.setTimeSource([this] { return clock; });
        if (!server.listen())
            throw std::runtime_error("contract server cannot listen");
        client = std::make_unique<ContractClient>(server.url(), server.token());
    }

    /// An application/x-www-form-urlencoded body, '+' and all escaped.
    static QByteArray form(const QList<QPair<QString, QString>>& fields)
    {
        QByteArray body;
        for (const auto& [name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return body;
    }

    ClientAnswer postStatus(const QString& text, const QByteArray& key = {})
    {
        return client->post(QStringLiteral("/api/v1/statuses"), form({{QStringLiteral("status"), text}}),
                            "application/x-www-form-urlencoded", key);
    }

    QDateTime clock = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    ContractServer server;
    std::unique_ptr<ContractClient> client;
};

} // namespace Podium::Tests
