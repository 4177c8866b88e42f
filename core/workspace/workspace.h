#pragma once

#include "common/result.h"
#include "storage/database_location.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Podium::Core {

class AccessPolicy;
class Clock;
class Database;
class DelegationService;
class GuideProgressRepository;
class EngagementService;
class PathService;
class PeopleService;
class PersonRepository;
class PostQueueRepository;
class PostDesk;
class PostService;
class PracticePlatform;
class PracticeSessionService;
class ProfileChecklist;
class TrainerRoster;

/// What `podium workspace info` and the Settings page show.
struct WorkspaceInfo
{
    QString id;
    QString name;
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString location;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    int peopleCount = 0;
    QDateTime createdAt;
    QString backupPath;
};

/// An open workspace and the core services over it; the command line and the UI both start here.
class Workspace
{
public:
    static Result<std::unique_ptr<Workspace>> open(const DatabaseLocation& location, const Clock& clock,
                                                   int busyTimeoutMs = 5000);
    ~Workspace();

    QString id() const;
    PeopleService& people();
    PostService& posts();
    /// The queue as lists and calendars read it, a page at a time.
    const PostQueueRepository& queue() const;
    DelegationService& delegations();
    AccessPolicy& access();
    /// Every change a person makes to posts, checked against their grant; the UI and the command line use it.
    PostDesk& desk();
    /// The guide boxes each person ticked.
    GuideProgressRepository& guideProgress();
    /// The onboarding path: progress, the easy button's next steps, tier unlocks and coaching styles.
    PathService& path();
    /// Likes and follows from the feed, recorded for the path.
    EngagementService& engagement();
    /// One-on-one practice sessions, and what a trainer prepares and sees around them.
    PracticeSessionService& practiceSessions();
    ProfileChecklist& profileChecklist();
    const TrainerRoster& trainerRoster() const;
    /// The practice sandbox's feed as `personId` sees it, for rehearsing without a publisher.
    std::unique_ptr<PracticePlatform> practiceSandbox(const QString& personId);
    /// For the services built over this workspace (platforms, publishing); the UI never needs it.
    Database& database() { return *m_database; }
    Result<WorkspaceInfo> info() const;
    const Clock& clock() const { return m_clock; }

private:
    explicit Workspace(const Clock& clock);

    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PersonRepository> m_personRepository;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<PostService> m_posts;
    std::unique_ptr<PostQueueRepository> m_queue;
    std::unique_ptr<DelegationService> m_delegations;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<PostDesk> m_desk;
    std::unique_ptr<GuideProgressRepository> m_guideProgress;
    std::unique_ptr<PathService> m_path;
    std::unique_ptr<EngagementService> m_engagement;
    std::unique_ptr<PracticeSessionService> m_practiceSessions;
    std::unique_ptr<ProfileChecklist> m_profileChecklist;
    std::unique_ptr<TrainerRoster> m_trainerRoster;
    QString m_id;
    QString m_name;
    QDateTime m_createdAt;
};

} // namespace Podium::Core
