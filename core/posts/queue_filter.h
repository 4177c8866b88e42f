#pragma once

#include "post_state.h"

#include <QList>
#include <QString>

#include <optional>

namespace Podium::Core {

/// The groups the queue shows a post in: what a person looks for, not every lifecycle state.
enum class QueueFilter
{
    Drafts,
    Waiting,
    ChangesRequested,
    Scheduled,
    Overdue,
    Published,
    Failed,
    Missed,
};

/// Every filter, in the order the queue lists them.
QList<QueueFilter> queueFilters();
/// The states a filter shows, e.g. Scheduled also shows posts being published, retried or handed off.
QList<PostState> queueFilterStates(QueueFilter filter);
/// The filter a post in `state` appears under; none for Cancelled.
std::optional<QueueFilter> queueFilterFor(PostState state);
/// Upcoming work reads soonest first; history (drafts, published, failed, missed) reads newest first.
bool isNewestFirst(QueueFilter filter);
/// The stable name used on the command line and in JSON, e.g. "changes-requested".
QString queueFilterName(QueueFilter filter);
std::optional<QueueFilter> queueFilterFromName(const QString& name);

} // namespace Podium::Core
