#pragma once

#include "common/result.h"
#include "platforms/platform_kind.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Podium::Core {

class Database;
class PracticeSessionRepository;
struct Post;

/// Keeps live networks out of practice: while an executive has a practice session open, nothing of theirs
/// is drafted for, queued to or sent to a live account. PostDesk and Publisher ask it; practice posts always
/// pass.
class PracticeGuard
{
public:
    explicit PracticeGuard(Database& database);
    ~PracticeGuard();

    /// PracticeSessionLiveBlocked (with the session's planned end as detail) when `platform` is a live network
    /// and the executive is in a practice session.
    Result<void> checkLive(const QString& executiveId, PlatformKind platform) const;
    /// For the publisher: until when each of these posts must wait because its author is practising (the
    /// session's planned end, or `now` plus a minute once it has run over). Posts that may go are left out.
    Result<QHash<QString, QDateTime>> holds(const QList<Post>& posts, const QDateTime& now) const;

private:
    std::unique_ptr<PracticeSessionRepository> m_sessions;
};

} // namespace Podium::Core
