#pragma once

#include "common/result.h"
#include "posts/post.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Podium::Core {

class Database;

/// Which posts a list asks for; empty members do not filter.
struct PostFilter
{
    std::optional<PostState> state;
    QString authorId;
    /// Any of these authors (the executives a person may read for); empty does not filter.
    QStringList authorIds;
    /// Only posts this person prepared.
    QString preparedBy;
    int limit = 100;
    int offset = 0;
};

/// Stores and reads posts. Updates are compare-and-set on the state, so two publishers (or a publisher and
/// a person cancelling) can never both move the same post.
class PostRepository
{
public:
    explicit PostRepository(Database& database);

    Result<void> insert(const Post& post);
    Result<Post> find(const QString& id) const;
    /// Writes every mutable field, but only if the stored state is still `expected`; otherwise
    /// PostStateInvalid and nothing changes.
    /// PostStateInvalid unless the row is still in `expected` (and, when given, last written at
    /// `expectedUpdatedAt`): someone else moved it first.
    Result<void> update(const Post& post, PostState expected, const QDateTime& expectedUpdatedAt = {});
    /// Newest scheduled time first for lists; due order for publishing.
    Result<QList<Post>> list(const PostFilter& filter) const;
    /// Posts whose time has come, oldest first: Scheduled at or before `now`, RetryWaiting whose next
    /// attempt is due, and HandedOff whose server time has passed so they can be read back.
    Result<QList<Post>> due(const QDateTime& now, int limit) const;
    /// Posts awaiting approval whose approve-by deadline has come, oldest deadline first.
    Result<QList<Post>> pastApprovalDeadline(const QDateTime& now, int limit) const;
    /// The earliest instant at which some post becomes due or an approval deadline passes; nullopt when
    /// nothing is waiting.
    Result<std::optional<QDateTime>> nextDueAt() const;
    Result<QList<Post>> inState(PostState state, int limit = 1000) const;
    Result<QMap<PostState, int>> countByState() const;
    /// The instant `due()` orders a post by.
    static QDateTime dueAt(const Post& post);

private:
    Database& m_database;
};

} // namespace Podium::Core
