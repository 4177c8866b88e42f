#pragma once

#include "contract_json.h"
#include "contract_store.h"
#include "server_reply.h"
#include "server_request.h"

#include <QHash>

namespace Podium::Tests {

/// Answers the Mastodon client API endpoints from a ContractStore, with Mastodon's validation and errors.
class ContractApi
{
public:
    ContractApi(ContractStore& store, const QUrl& baseUrl, const QString& token);

    void setBaseUrl(const QUrl& baseUrl);
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    ServerReply handle(const ServerRequest& request, const QDateTime& now);

    /// User-perceived characters, every http(s) URL counting as 23, as Mastodon counts a status.
    static int countCharacters(const QString& text);

private:
    using Params = QHash<QString, QString>;

    ServerReply createStatus(const ServerRequest& request, const Params& params, const QDateTime& now);
    ServerReply timeline(const ServerRequest& request, const QString& path);
    ServerReply scheduledStatuses(const ServerRequest& request, const QStringList& parts, const Params& params,
                                  const QDateTime& now);
    ServerReply statusAction(const ServerRequest& request, const QStringList& parts);
    ServerReply accountAction(const ServerRequest& request, const QStringList& parts);
    bool authorised(const ServerRequest& request) const;

    ContractStore& m_store;
    ContractJson m_json;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace Podium::Tests
