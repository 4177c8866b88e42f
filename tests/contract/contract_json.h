#pragma once

#include "contract_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Podium::Tests {

/// Renders the contract server's records as Mastodon entities (Status, ScheduledStatus, Account, Instance).
class ContractJson
{
public:
    explicit ContractJson(const QUrl& baseUrl);

    QJsonObject account(const QString& id) const;
    QJsonObject credentialAccount() const;
    QJsonObject status(const ContractStatus& status) const;
    QJsonArray statuses(const QList<const ContractStatus*>& statuses) const;
    QJsonObject scheduled(const ContractScheduledStatus& scheduled) const;
    QJsonObject relationship(const QString& accountId) const;
    QJsonObject instanceV1() const;
    QJsonObject instanceV2() const;

    /// Mastodon's timestamp format: UTC with milliseconds.
    static QString timestamp(const QDateTime& time);

    static constexpr int maxCharacters = 500;
    static constexpr int charactersReservedPerUrl = 23;
    static inline const QString ownAccountId = QStringLiteral("1");
    static inline const QString otherAccountId = QStringLiteral("2");

private:
    QString m_base;
    QString m_domain;
};

} // namespace Podium::Tests
