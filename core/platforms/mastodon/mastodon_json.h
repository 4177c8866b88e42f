#pragma once

#include "common/result.h"
#include "mastodon_objects.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <variant>

namespace Podium::Core {

/// Decodes the Mastodon client API's JSON (Status, ScheduledStatus, Account, errors) into plain structs.
///
/// Shapes lacking what Podium relies on are refused as PlatformBadResponse, so nothing reads half an object.
class MastodonJson
{
public:
    /// The body as JSON; PlatformBadResponse when it is not JSON (an HTML error page on a 2xx, garbage).
    static Result<QJsonValue> parse(const QByteArray& body);

    static Result<MastodonAccount> account(const QJsonValue& value);
    static Result<MastodonStatus> status(const QJsonValue& value);
    static Result<QList<MastodonStatus>> statuses(const QJsonValue& value);
    static Result<MastodonScheduledStatus> scheduledStatus(const QJsonValue& value);
    static Result<QList<MastodonScheduledStatus>> scheduledStatuses(const QJsonValue& value);
    /// What POST /api/v1/statuses answers: a Status, or a ScheduledStatus when it was scheduled.
    static Result<std::variant<MastodonStatus, MastodonScheduledStatus>> createdStatus(const QJsonValue& value);

    /// The server's reason from an error body (`{"error": …, "error_description": …}`); empty when the
    /// body says nothing usable (snac answers errors with an empty body or an HTML page).
    static QString errorReason(const QByteArray& body);

    /// A Mastodon instant ("2026-03-02T09:30:00.000Z") in UTC; invalid when unreadable.
    static QDateTime instant(const QJsonValue& value);
    /// An id: a string on every server, but tolerated as a JSON number without ever doing arithmetic on it.
    static QString id(const QJsonValue& value);
};

} // namespace Podium::Core
