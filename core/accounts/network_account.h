#pragma once

#include "platforms/platform_kind.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Podium::Core {

/// An executive's account on one network. Its secret lives only in the SecretStore, under secretKey().
struct NetworkAccount
{
    QString id;
    QString personId;
    PlatformKind platform = PlatformKind::Mastodon;
    QUrl serverUrl;
    /// The account's name on the server: a Mastodon acct, or the WordPress user name used to sign in.
    QString handle;
    /// "connected", or "needs-reconnect" once the server refused the credential.
    QString state = QStringLiteral("connected");
    QDateTime createdAt;

    QString secretKey() const { return QStringLiteral("account/") + id; }
};

} // namespace Podium::Core
