#pragma once

#include "common/result.h"
#include "platforms/engagement.h"
#include "platforms/feed_item.h"
#include "platforms/practice/practice_seed.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Podium::Core {

class Database;

/// A post in the practice sandbox: a sample colleague's, or one practised from Podium.
struct PracticeRecord
{
    QString id;
    /// The Podium Post that created it; empty for the colleagues' posts.
    QString postId;
    QString authorPersonId;
    QString authorColleagueId;
    QString kind;
    QString title;
    QString body;
    QString inReplyTo;
    QDateTime createdAt;
    int likes = 0;
    int replies = 0;
};

/// Stores the practice sandbox's simulated network in the workspace.
class PracticeRepository
{
public:
    explicit PracticeRepository(Database& database);

    /// Adds the sample colleagues and their posts the first time; later calls change nothing.
    Result<void> seedIfEmpty(const PracticeSeed& seed, const QDateTime& now);
    /// Stores a practised post once per Podium post id: a second call returns the first record.
    Result<PracticeRecord> insertOwn(const PracticeRecord& record);
    Result<std::optional<PracticeRecord>> findByPostId(const QString& postId) const;
    /// PlatformTargetNotFound when there is no such post.
    Result<PracticeRecord> find(const QString& id) const;
    /// Liking twice is not an error and counts once.
    Result<void> like(const QString& personId, const QString& practicePostId, const QDateTime& now);
    Result<void> follow(const QString& personId, const QString& colleagueId, const QDateTime& now);
    /// The colleagues' posts, newest first, with whether this person liked them and follows their authors.
    Result<QList<FeedItem>> feed(const QString& personId, int limit, int offset) const;
    Result<int> colleagueCount() const;

private:
    Database& m_database;
};

} // namespace Podium::Core
