#pragma once

#include <QString>
#include <QUrl>

namespace Podium::Core {

/// Who a credential signs in as, as the server says.
struct AccountIdentity
{
    QString remoteId;
    /// The handle shown to people, such as "@dana@social.example.com" or a WordPress user name.
    QString handle;
    QString displayName;
    QUrl profileUrl;
};

} // namespace Podium::Core
