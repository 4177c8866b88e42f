#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace Podium::Core {

class Database;

/// One box of a guide: the step's position and the box's position within it, both from 0.
struct GuideItem
{
    int step = 0;
    int item = 0;

    friend bool operator==(const GuideItem& a, const GuideItem& b) { return a.step == b.step && a.item == b.item; }
};

inline size_t qHash(const GuideItem& item, size_t seed = 0)
{
    return ::qHash(qMakePair(item.step, item.item), seed);
}

/// Keeps which boxes each person ticked in each guide, so a guide picks up where they left it.
class GuideProgressRepository
{
public:
    explicit GuideProgressRepository(Database& database);

    /// Ticking a ticked box or unticking an unticked one changes nothing and is not an error.
    Result<void> setTicked(const QString& personId, const QString& guideId, GuideItem item, bool ticked,
                           const QDateTime& now);
    Result<QSet<GuideItem>> ticked(const QString& personId, const QString& guideId) const;

private:
    Database& m_database;
};

} // namespace Podium::Core
