#include "workspace.h"

#include "coaching/engagement_service.h"
#include "delegation/access_policy.h"
#include "delegation/delegation_service.h"
#include "path/path_definition_parser.h"
#include "path/path_service.h"
#include "people/people_service.h"
#include "platforms/practice/practice_platform.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "practice/trainer_roster.h"
#include "storage/database.h"
#include "storage/guide_progress_repository.h"
#include "storage/person_repository.h"
#include "storage/post_queue_repository.h"
#include "storage/workspace_repository.h"

namespace Podium::Core {

Workspace::Workspace(const Clock& clock)
    : m_clock(clock)
{}

Workspace::~Workspace()
{
    // The desk refers to the posts and the access policy; it goes first.
    m_desk.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseLocation& location, const Clock& clock,
                                                   int busyTimeoutMs)
{
    DatabaseOptions options;
    options.busyTimeoutMs = busyTimeoutMs;
    Result<std::unique_ptr<Database>> database = Database::open(location, options);
    if (!database)
        return database.error();

    std::unique_ptr<Workspace> workspace(new Workspace(clock));
    workspace->m_database = std::move(database.value());
    const Result<WorkspaceRecord> record = WorkspaceRepository(*workspace->m_database).ensure(clock);
    if (!record)
        return record.error();
    workspace->m_id = record->id;
    workspace->m_name = record->name;
    workspace->m_createdAt = record->createdAt;
    workspace->m_personRepository = std::make_unique<PersonRepository>(*workspace->m_database);
    workspace->m_people = std::make_unique<PeopleService>(*workspace->m_personRepository, clock);
    workspace->m_posts = std::make_unique<PostService>(*workspace->m_database, clock);
    workspace->m_queue = std::make_unique<PostQueueRepository>(*workspace->m_database);
    workspace->m_delegations = std::make_unique<DelegationService>(*workspace->m_database, clock);
    workspace->m_access = std::make_unique<AccessPolicy>(*workspace->m_database, clock);
    workspace->m_desk = std::make_unique<PostDesk>(*workspace->m_posts, *workspace->m_access);
    workspace->m_guideProgress = std::make_unique<GuideProgressRepository>(*workspace->m_database);
    workspace->m_path = std::make_unique<PathService>(*workspace->m_database, clock, PathDefinitionParser::builtIn());
    if (const Result<void> path = workspace->m_path->useStoredDefinition(); !path)
        return path.error();
    workspace->m_engagement = std::make_unique<EngagementService>(*workspace->m_database, clock);
    workspace->m_practiceSessions = std::make_unique<PracticeSessionService>(*workspace->m_database, clock);
    workspace->m_profileChecklist = std::make_unique<ProfileChecklist>(*workspace->m_database, clock);
    workspace->m_trainerRoster = std::make_unique<TrainerRoster>(*workspace->m_database);
    // Posts a revocation took back are announced like any other change, so the scheduler re-arms and views
    // refresh.
    QObject::connect(workspace->m_delegations.get(), &DelegationService::postReturned, workspace->m_posts.get(),
                     &PostService::postChanged);
    return workspace;
}

QString Workspace::id() const
{
    return m_id;
}

PeopleService& Workspace::people()
{
    return *m_people;
}

PostService& Workspace::posts()
{
    return *m_posts;
}

const PostQueueRepository& Workspace::queue() const
{
    return *m_queue;
}

DelegationService& Workspace::delegations()
{
    return *m_delegations;
}

AccessPolicy& Workspace::access()
{
    return *m_access;
}

PostDesk& Workspace::desk()
{
    return *m_desk;
}

GuideProgressRepository& Workspace::guideProgress()
{
    return *m_guideProgress;
}

PathService& Workspace::path()
{
    return *m_path;
}

EngagementService& Workspace::engagement()
{
    return *m_engagement;
}

std::unique_ptr<PracticePlatform> Workspace::practiceSandbox(const QString& personId)
{
    return std::make_unique<PracticePlatform>(*m_database, m_clock, personId);
}

PracticeSessionService& Workspace::practiceSessions()
{
    return *m_practiceSessions;
}

ProfileChecklist& Workspace::profileChecklist()
{
    return *m_profileChecklist;
}

const TrainerRoster& Workspace::trainerRoster() const
{
    return *m_trainerRoster;
}

Result<WorkspaceInfo> Workspace::info() const
{
    const Result<int> people = m_personRepository->count();
    if (!people)
        return people.error();
    return WorkspaceInfo{m_id,
                         m_name,
                         m_database->backend(),
                         m_database->location().displayText(),
                         m_database->schemaVersion(),
                         m_database->latestSchemaVersion(),
                         people.value(),
                         m_createdAt,
                         m_database->backupPath()};
}

} // namespace Podium::Core
