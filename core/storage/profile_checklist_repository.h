#pragma once

#include "common/result.h"
#include "practice/profile_checklist_item.h"

#include <QList>

namespace Podium::Core {

class Database;

/// Stores each executive's profile checklist, kept across practice sessions.
class ProfileChecklistRepository
{
public:
    explicit ProfileChecklistRepository(Database& database);

    /// Adds the item at the end of the executive's list; its position is filled in here.
    Result<ProfileChecklistItem> append(const ProfileChecklistItem& item);
    /// PracticeChecklistItemNotFound when there is none.
    Result<ProfileChecklistItem> find(const QString& id) const;
    /// The executive's items in list order.
    Result<QList<ProfileChecklistItem>> forExecutive(const QString& executiveId) const;
    /// Ticks the item (or unticks it when `at` is invalid).
    Result<void> setTicked(const QString& id, const QDateTime& at, const QString& byId);
    Result<void> remove(const QString& id);

private:
    Database& m_database;
};

} // namespace Podium::Core
