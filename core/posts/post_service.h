#pragma once

#include "common/result.h"
#include "new_post.h"
#include "post.h"
#include "storage/durability.h"
#include "storage/post_repository.h"

#include <QObject>

#include <functional>
#include <initializer_list>

namespace Podium::Core {

class ActivityRepository;
class AuditRepository;
class Clock;
class Database;
class PersonRepository;

/// The post lifecycle: every transition is checked against the state it starts from, written in one
/// transaction together with its audit event, and announced with postChanged.
class PostService : public QObject
{
    Q_OBJECT

public:
    PostService(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~PostService() override;

    Result<Post> create(const NewPost& request);
    Result<Post> find(const QString& id) const;
    Result<QList<Post>> list(const PostFilter& filter) const;
    Result<QMap<PostState, int>> countByState() const;

    /// Puts a post in the queue for `at` (invalid: as soon as possible). Refuses a time in the past.
    Result<Post> schedule(const QString& id, const QDateTime& at, const QString& zone, const QString& actorId);
    Result<Post> cancel(const QString& id, const QString& actorId);

    /// Moves a post from one of `from` to `to` and applies `change`, atomically, with an audit event named
    /// `action`. PostStateInvalid if the post is in another state (someone else moved it first).
    Result<Post> transition(const QString& id, std::initializer_list<PostState> from, PostState to,
                            const QString& actorId, const QString& action, const QString& detail,
                            const std::function<void(Post&)>& change = {}, Durability durability = Durability::Flushed);
    /// The same for a caller holding the post as it was last written (the publisher with a post it claimed):
    /// the row is not read again unless it changed meanwhile.
    Result<Post> transition(const Post& current, std::initializer_list<PostState> from, PostState to,
                            const QString& actorId, const QString& action, const QString& detail,
                            const std::function<void(Post&)>& change = {}, Durability durability = Durability::Flushed);
    /// The same for many posts in one transaction (one disk flush for all of them). Posts in another state
    /// are skipped, not an error: the result holds the posts that moved.
    Result<QList<Post>> transitionEach(const QStringList& ids, std::initializer_list<PostState> from, PostState to,
                                       const QString& action, const std::function<void(Post&)>& change = {});

    /// Writes a change to the content of a post in one of `from` without moving it or an audit event: an
    /// autosave while a person types. PostStateInvalid if the post is in another state.
    Result<Post> revise(const QString& id, std::initializer_list<PostState> from,
                        const std::function<void(Post&)>& change);

    PostRepository& repository() { return *m_posts; }
    /// For the services that decide over posts together with other records (access, delegation).
    Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void postChanged(const QString& id, Podium::Core::PostState state);

private:
    Result<Post> apply(const QString& id, const Post* known, std::initializer_list<PostState> from, PostState to,
                       const QString& actorId, const QString& action, const QString& detail,
                       const std::function<void(Post&)>& change);
    Result<Post> move(Post post, std::initializer_list<PostState> from, PostState to, const QString& actorId,
                      const QString& action, const QString& detail, const std::function<void(Post&)>& change,
                      const QDateTime& expectedUpdatedAt);
    Result<Post> transitionWith(const QString& id, const Post* known, std::initializer_list<PostState> from,
                                PostState to, const QString& actorId, const QString& action, const QString& detail,
                                const std::function<void(Post&)>& change, Durability durability);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<PostRepository> m_posts;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<ActivityRepository> m_activities;
};

} // namespace Podium::Core
