#pragma once

#include "common/result.h"
#include "profile_checklist_item.h"

#include <QObject>

#include <memory>

namespace Podium::Core {

class Clock;
class Database;
class PersonRepository;
class ProfileChecklistRepository;

/// The profile checklist a trainer prepares for an executive: what to update on their network profile,
/// ticked off by the trainer or the executive. It belongs to the executive, so it carries over from one
/// practice session to the next.
class ProfileChecklist : public QObject
{
    Q_OBJECT

public:
    ProfileChecklist(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~ProfileChecklist() override;

    /// The executive's items in list order.
    Result<QList<ProfileChecklistItem>> items(const QString& executiveId) const;
    /// A trainer adds an item at the end of an executive's list.
    Result<ProfileChecklistItem> add(const QString& trainerId, const QString& executiveId, const QString& text);
    /// A trainer or the executive ticks an item off (or on again with `ticked` false).
    Result<ProfileChecklistItem> tick(const QString& actorId, const QString& itemId, bool ticked = true);
    /// A trainer removes an item added by mistake.
    Result<void> remove(const QString& trainerId, const QString& itemId);

Q_SIGNALS:
    void checklistChanged(const QString& executiveId);

private:
    Result<void> requireTrainer(const QString& actorId) const;

    const Clock& m_clock;
    std::unique_ptr<ProfileChecklistRepository> m_items;
    std::unique_ptr<PersonRepository> m_people;
};

} // namespace Podium::Core
