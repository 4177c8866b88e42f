#pragma once

#include "common/result.h"
#include "path/activity.h"
#include "path/track.h"
#include "posts/post_state.h"

#include <QList>

namespace Podium::Core {

class Database;
struct Post;

/// Appends to and reads the activity log the onboarding path is evaluated from. Append-only: there is
/// deliberately no update or delete.
class ActivityRepository
{
public:
    /// How far ahead of its time a post must have been scheduled to count as "scheduled ahead": a post
    /// queued for "as soon as possible" or a few minutes out was not planned for a moment.
    static constexpr qint64 scheduledAheadSeconds = 15 * 60;

    explicit ActivityRepository(Database& database);

    Result<void> append(const Activity& activity);
    /// Records what a post's move from `before` to its state by `actorId` counts for the path, if anything.
    /// Called inside the transaction of every transition, so each is recorded exactly once and never for a
    /// move that was rolled back.
    Result<void> appendTransition(const Post& post, PostState before, const QString& actorId);
    /// Records what publishing `post` at `at` counts as: its kind, whether its target was an executive's (known
    /// for the practice sandbox), and a second "scheduled" activity when it was scheduled ahead.
    Result<void> appendPublished(const Post& post, const QDateTime& at);
    /// A person's activity on one track, oldest first. The practice track also sees the profile checklist:
    /// it is about the person's one real profile, not something done on a network.
    Result<QList<Activity>> history(const QString& personId, Track track) const;

private:
    /// Whether the practice post or colleague `target` belongs to an executive; none when unknown.
    Result<std::optional<bool>> practiceTargetIsExecutive(const Post& post) const;
    /// When a person last chose the post's time (scheduled or rescheduled it), or when it was created.
    Result<QDateTime> timeChosen(const Post& post) const;

    Database& m_database;
};

} // namespace Podium::Core
