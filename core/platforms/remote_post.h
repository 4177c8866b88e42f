#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Podium::Core {

/// A post as the server reports it.
struct RemotePost
{
    enum class State
    {
        /// Visible to readers now.
        Live,
        /// Held by the server for its scheduled time (a hand-off).
        ScheduledOnServer,
    };

    QString remoteId;
    State state = State::Live;
    /// Where a reader finds it; empty while it is only scheduled.
    QUrl url;
    /// When it went (or will go) live.
    QDateTime publishedAt;
};

} // namespace Podium::Core
