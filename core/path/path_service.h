#pragma once

#include "common/result.h"
#include "next_step.h"
#include "path_definition.h"
#include "path_progress.h"
#include "storage/path_repository.h"

#include <memory>
#include <optional>

namespace Podium::Core {

class AccountRepository;
class ActivityRepository;
class AuditRepository;
class Clock;
class Database;
class PathDefinitionRepository;
class PathEvaluator;
class PersonRepository;
class PostQueueRepository;
class PracticeSessionRepository;
class SuggestionLibrary;

/// The onboarding path for the command line and the UI: progress per track, the easy button's next steps,
/// tiers a trainer unlocks early (audited), each person's coaching style, and the profile checklist.
class PathService
{
public:
    PathService(Database& database, const Clock& clock, PathDefinition definition);
    ~PathService();

    const PathDefinition& definition() const { return m_definition; }
    /// Switches to the path a trainer loaded for the workspace, if any. When it cannot be used the built-in
    /// path stays, and definitionProblem() says why; only a database failure is returned.
    Result<void> useStoredDefinition();
    /// Why the workspace's own path was set aside for the built-in one; none when it is in use.
    const std::optional<Error>& definitionProblem() const { return m_definitionProblem; }
    /// Makes `document` the path of this workspace for everyone who opens it. Only a trainer may
    /// (PathChangeNotTrainer); a document that does not parse is refused whole and nothing changes. Audited.
    Result<PathDefinition> loadDefinition(const QString& actorId, const QByteArray& document);
    /// Back to the path shipped with Podium, for everyone. Trainers only; audited.
    Result<void> resetDefinition(const QString& actorId);

    /// Evaluates the person's path on `track`, remembering milestones met for the first time.
    Result<PathProgress> progress(const QString& personId, Track track) const;
    /// The track the person's easy button follows: Practice while they are in a practice session or have no
    /// live account yet, since everything they post then goes to the sandbox; Live otherwise.
    Result<Track> trackFor(const QString& personId) const;
    /// The easy button: one thing to do now and up to three more for today.
    Result<NextSteps> nextSteps(const QString& personId, Track track) const;
    /// Opens `tier` (and the ones below it) for the person ahead of their milestones, on both tracks.
    /// PathNotTrainer unless `actorId` is a trainer; PathTierInvalid for the first tier or one past the last.
    /// Unlocking an open tier again keeps the first unlock.
    Result<TierUnlock> unlockTier(const QString& actorId, const QString& personId, int tier);
    /// PathStyleNotYours unless the actor is the person or a trainer.
    Result<void> setCoachingStyle(const QString& actorId, const QString& personId, CoachingStyle style);
    Result<std::optional<CoachingStyle>> coachingStyle(const QString& personId) const;
    /// Ticks an item of the profile checklist (PathChecklistItemUnknown for one the path does not list).
    Result<void> recordProfileItem(const QString& personId, const QString& item);

private:
    /// `refusal` unless the actor is a trainer.
    Result<void> requireTrainer(const QString& actorId, ErrorCode refusal) const;

    Database& m_database;
    const Clock& m_clock;
    PathDefinition m_definition;
    std::optional<Error> m_definitionProblem;
    std::unique_ptr<PathRepository> m_path;
    std::unique_ptr<PathDefinitionRepository> m_stored;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<PostQueueRepository> m_queue;
    std::unique_ptr<PracticeSessionRepository> m_sessions;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<SuggestionLibrary> m_suggestions;
    std::unique_ptr<PathEvaluator> m_evaluator;
};

} // namespace Podium::Core
