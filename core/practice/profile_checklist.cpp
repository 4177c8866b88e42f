#include "profile_checklist.h"

#include "common/clock.h"
#include "common/ids.h"
#include "storage/person_repository.h"
#include "storage/profile_checklist_repository.h"

namespace Podium::Core {

ProfileChecklist::ProfileChecklist(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_items(std::make_unique<ProfileChecklistRepository>(database))
    , m_people(std::make_unique<PersonRepository>(database))
{}

ProfileChecklist::~ProfileChecklist() = default;

Result<void> ProfileChecklist::requireTrainer(const QString& actorId) const
{
    const Result<Person> actor = m_people->find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role != Role::Trainer)
        return Error{ErrorCode::PracticeSessionNotTrainer, actorId};
    return {};
}

Result<QList<ProfileChecklistItem>> ProfileChecklist::items(const QString& executiveId) const
{
    return m_items->forExecutive(executiveId);
}

Result<ProfileChecklistItem> ProfileChecklist::add(const QString& trainerId, const QString& executiveId,
                                                   const QString& text)
{
    if (const Result<void> trainer = requireTrainer(trainerId); !trainer)
        return trainer.error();
    const Result<Person> executive = m_people->find(executiveId);
    if (!executive)
        return executive.error();
    if (executive->role != Role::Executive)
        return Error{ErrorCode::PracticeSessionNotExecutive, executiveId};
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("text")};
    ProfileChecklistItem item;
    item.id = newId();
    item.executiveId = executiveId;
    item.text = text.trimmed();
    item.createdBy = trainerId;
    item.createdAt = m_clock.now();
    const Result<ProfileChecklistItem> added = m_items->append(item);
    if (added)
        Q_EMIT checklistChanged(executiveId);
    return added;
}

Result<ProfileChecklistItem> ProfileChecklist::tick(const QString& actorId, const QString& itemId, bool ticked)
{
    Result<ProfileChecklistItem> item = m_items->find(itemId);
    if (!item)
        return item;
    if (actorId != item->executiveId)
        if (const Result<void> trainer = requireTrainer(actorId); !trainer)
            return trainer.error();
    if (item->isTicked() == ticked)
        return item;
    item->tickedAt = ticked ? m_clock.now() : QDateTime();
    item->tickedBy = ticked ? actorId : QString();
    if (const Result<void> written = m_items->setTicked(itemId, item->tickedAt, item->tickedBy); !written)
        return written.error();
    Q_EMIT checklistChanged(item->executiveId);
    return item;
}

Result<void> ProfileChecklist::remove(const QString& trainerId, const QString& itemId)
{
    if (const Result<void> trainer = requireTrainer(trainerId); !trainer)
        return trainer;
    const Result<ProfileChecklistItem> item = m_items->find(itemId);
    if (!item)
        return item.error();
    if (const Result<void> removed = m_items->remove(itemId); !removed)
        return removed;
    Q_EMIT checklistChanged(item->executiveId);
    return {};
}

} // namespace Podium::Core
