#include "path_service.h"

#include "coaching/suggestion_library.h"
#include "common/clock.h"
#include "common/ids.h"
#include "next_step_advisor.h"
#include "path_definition_parser.h"
#include "path_evaluator.h"
#include "storage/account_repository.h"
#include "storage/activity_repository.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/path_definition_repository.h"
#include "storage/person_repository.h"
#include "storage/post_queue_repository.h"
#include "storage/practice_session_repository.h"

namespace Podium::Core {

PathService::PathService(Database& database, const Clock& clock, PathDefinition definition)
    : m_database(database)
    , m_clock(clock)
    , m_definition(std::move(definition))
    , m_path(std::make_unique<PathRepository>(database))
    , m_stored(std::make_unique<PathDefinitionRepository>(database))
    , m_activities(std::make_unique<ActivityRepository>(database))
    , m_audit(std::make_unique<AuditRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
    , m_queue(std::make_unique<PostQueueRepository>(database))
    , m_sessions(std::make_unique<PracticeSessionRepository>(database))
    , m_accounts(std::make_unique<AccountRepository>(database))
    , m_suggestions(std::make_unique<SuggestionLibrary>())
    , m_evaluator(std::make_unique<PathEvaluator>(m_definition, database, clock))
{}

PathService::~PathService() = default;

Result<PathProgress> PathService::progress(const QString& personId, Track track) const
{
    return m_evaluator->evaluate(personId, track);
}

Result<Track> PathService::trackFor(const QString& personId) const
{
    const Result<std::optional<PracticeSession>> session = m_sessions->openFor(personId);
    if (!session)
        return session.error();
    if (session->has_value())
        return Track::Practice;
    const Result<QList<NetworkAccount>> accounts = m_accounts->list(personId);
    if (!accounts)
        return accounts.error();
    const bool live = std::any_of(accounts->cbegin(), accounts->cend(), [](const NetworkAccount& account) {
        return account.platform != PlatformKind::Practice;
    });
    return live ? Track::Live : Track::Practice;
}

Result<NextSteps> PathService::nextSteps(const QString& personId, Track track) const
{
    const Result<Person> person = m_people->find(personId);
    if (!person)
        return person.error();
    const Result<PathProgress> path = progress(personId, track);
    if (!path)
        return path.error();
    AdviceContext context;
    context.now = m_clock.now();
    context.timeZone = person->timeZone;
    if (track == Track::Live) {
        const Result<QMap<QueueFilter, int>> counts = m_queue->counts({personId});
        if (!counts)
            return counts.error();
        context.approvalsWaiting = counts->value(QueueFilter::Waiting) + counts->value(QueueFilter::Overdue);
    }
    return NextStepAdvisor(m_definition, *m_suggestions).advise(*path, context);
}

Result<void> PathService::useStoredDefinition()
{
    const Result<std::optional<QByteArray>> document = m_stored->document();
    if (!document)
        return document.error();
    LoadedPath loaded = document->has_value()
                            ? PathDefinitionParser::parseOrBuiltIn(**document, QStringLiteral("workspace path"))
                            : LoadedPath{PathDefinitionParser::builtIn(), std::nullopt};
    // Assigned in place: the evaluator keeps a reference to the definition.
    m_definition = std::move(loaded.definition);
    m_definitionProblem = loaded.problem;
    return {};
}

Result<PathDefinition> PathService::loadDefinition(const QString& actorId, const QByteArray& document)
{
    if (const Result<void> trainer = requireTrainer(actorId, ErrorCode::PathChangeNotTrainer); !trainer)
        return trainer.error();
    Result<PathDefinition> parsed = PathDefinitionParser::parse(document);
    if (!parsed)
        return parsed.error();
    const QDateTime now = m_clock.now();
    if (const Result<void> written = m_database.transaction([&]() -> Result<void> {
            if (const Result<void> stored = m_stored->store(document, actorId, now); !stored)
                return stored;
            return m_audit->append(AuditEvent{newId(),
                                              now,
                                              actorId,
                                              {},
                                              QStringLiteral("path.definition-loaded"),
                                              QStringLiteral("workspace"),
                                              QStringLiteral("path"),
                                              QStringLiteral("%1 milestones").arg(parsed->milestones().size())});
        });
        !written)
        return written.error();
    m_definition = *parsed;
    m_definitionProblem.reset();
    return parsed;
}

Result<void> PathService::resetDefinition(const QString& actorId)
{
    if (const Result<void> trainer = requireTrainer(actorId, ErrorCode::PathChangeNotTrainer); !trainer)
        return trainer;
    if (const Result<void> written = m_database.transaction([&]() -> Result<void> {
            if (const Result<void> cleared = m_stored->clear(); !cleared)
                return cleared;
            return m_audit->append(AuditEvent{newId(),
                                              m_clock.now(),
                                              actorId,
                                              {},
                                              QStringLiteral("path.definition-reset"),
                                              QStringLiteral("workspace"),
                                              QStringLiteral("path"),
                                              QStringLiteral("built-in path")});
        });
        !written)
        return written;
    m_definition = PathDefinitionParser::builtIn();
    m_definitionProblem.reset();
    return {};
}

Result<void> PathService::requireTrainer(const QString& actorId, ErrorCode refusal) const
{
    const Result<Person> actor = m_people->find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role != Role::Trainer)
        return Error{refusal, actorId};
    return {};
}

Result<TierUnlock> PathService::unlockTier(const QString& actorId, const QString& personId, int tier)
{
    if (const Result<void> trainer = requireTrainer(actorId, ErrorCode::PathNotTrainer); !trainer)
        return trainer.error();
    if (const Result<Person> person = m_people->find(personId); !person)
        return person.error();
    if (tier < 2 || tier > m_definition.tierCount())
        return Error{ErrorCode::PathTierInvalid, QString::number(tier)};

    const TierUnlock unlock{personId, tier, m_clock.now(), actorId};
    if (const Result<void> written = m_database.transaction([&]() -> Result<void> {
            const Result<bool> added = m_path->addUnlock(unlock);
            if (!added)
                return added.error();
            if (!*added)
                return {};
            return m_audit->append(AuditEvent{newId(),
                                              unlock.unlockedAt,
                                              actorId,
                                              {},
                                              QStringLiteral("path.tier-unlocked"),
                                              QStringLiteral("person"),
                                              personId,
                                              QStringLiteral("tier %1").arg(tier)});
        });
        !written)
        return written.error();
    const Result<QList<TierUnlock>> unlocks = m_path->unlocks(personId);
    if (!unlocks)
        return unlocks.error();
    for (const TierUnlock& stored : *unlocks)
        if (stored.tier == tier)
            return stored;
    return unlock;
}

Result<void> PathService::setCoachingStyle(const QString& actorId, const QString& personId, CoachingStyle style)
{
    const Result<Person> actor = m_people->find(actorId);
    if (!actor)
        return actor.error();
    if (const Result<Person> person = m_people->find(personId); !person)
        return person.error();
    if (actorId != personId && actor->role != Role::Trainer)
        return Error{ErrorCode::PathStyleNotYours, actorId};
    const QDateTime now = m_clock.now();
    return m_database.transaction([&]() -> Result<void> {
        if (const Result<void> stored = m_path->setCoachingStyle(personId, coachingStyleName(style), now); !stored)
            return stored;
        return m_audit->append(AuditEvent{newId(),
                                          now,
                                          actorId,
                                          {},
                                          QStringLiteral("path.style-chosen"),
                                          QStringLiteral("person"),
                                          personId,
                                          coachingStyleName(style)});
    });
}

Result<std::optional<CoachingStyle>> PathService::coachingStyle(const QString& personId) const
{
    const Result<QString> name = m_path->coachingStyle(personId);
    if (!name)
        return name.error();
    return coachingStyleFromName(*name);
}

Result<void> PathService::recordProfileItem(const QString& personId, const QString& item)
{
    if (!m_definition.checklistItems().contains(item))
        return Error{ErrorCode::PathChecklistItemUnknown, item};
    if (const Result<Person> person = m_people->find(personId); !person)
        return person.error();
    return m_activities->append(Activity{{}, personId, ActivityKind::ProfileItem, false, {}, item, m_clock.now()});
}

} // namespace Podium::Core
