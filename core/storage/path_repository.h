#pragma once

#include "common/result.h"
#include "path/track.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Podium::Core {

class Database;

/// A tier a trainer opened for a person ahead of the milestones.
struct TierUnlock
{
    QString personId;
    int tier = 2;
    QDateTime unlockedAt;
    QString unlockedBy;
};

/// Stores where people are on the onboarding path: milestones achieved (per track), tiers a trainer
/// unlocked, and each person's coaching style.
class PathRepository
{
public:
    explicit PathRepository(Database& database);

    /// Milestone id → when it was first met, on one track.
    Result<QMap<QString, QDateTime>> achievements(const QString& personId, Track track) const;
    /// Keeps the first time a milestone was met: recording it again changes nothing.
    Result<void> recordAchievement(const QString& personId, const QString& milestoneId, Track track,
                                   const QDateTime& at);
    Result<QList<TierUnlock>> unlocks(const QString& personId) const;
    /// False when the tier was already unlocked for the person (the first unlock stands).
    Result<bool> addUnlock(const TierUnlock& unlock);
    /// The stored style name, empty when none was chosen.
    Result<QString> coachingStyle(const QString& personId) const;
    Result<void> setCoachingStyle(const QString& personId, const QString& style, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace Podium::Core
