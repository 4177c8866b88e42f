#include "queue_filter.h"

namespace Podium::Core {

QList<QueueFilter> queueFilters()
{
    return {QueueFilter::Drafts,  QueueFilter::Waiting,   QueueFilter::ChangesRequested, QueueFilter::Scheduled,
            QueueFilter::Overdue, QueueFilter::Published, QueueFilter::Failed,           QueueFilter::Missed};
}

QList<PostState> queueFilterStates(QueueFilter filter)
{
    switch (filter) {
    case QueueFilter::Drafts:
        return {PostState::Draft};
    case QueueFilter::Waiting:
        return {PostState::AwaitingApproval};
    case QueueFilter::ChangesRequested:
        return {PostState::ChangesRequested};
    case QueueFilter::Scheduled:
        return {PostState::Scheduled, PostState::Publishing, PostState::RetryWaiting, PostState::HandedOff};
    case QueueFilter::Overdue:
        return {PostState::Overdue};
    case QueueFilter::Published:
        return {PostState::Published};
    case QueueFilter::Failed:
        // A refused sign-in is a failure the person must act on, like a refused post.
        return {PostState::Failed, PostState::NeedsReconnect};
    case QueueFilter::Missed:
        return {PostState::Missed};
    }
    return {};
}

std::optional<QueueFilter> queueFilterFor(PostState state)
{
    for (const QueueFilter filter : queueFilters())
        if (queueFilterStates(filter).contains(state))
            return filter;
    return std::nullopt;
}

bool isNewestFirst(QueueFilter filter)
{
    return filter == QueueFilter::Drafts || filter == QueueFilter::Published || filter == QueueFilter::Failed ||
           filter == QueueFilter::Missed;
}

QString queueFilterName(QueueFilter filter)
{
    switch (filter) {
    case QueueFilter::Drafts:
        return QStringLiteral("drafts");
    case QueueFilter::Waiting:
        return QStringLiteral("waiting");
    case QueueFilter::ChangesRequested:
        return QStringLiteral("changes-requested");
    case QueueFilter::Scheduled:
        return QStringLiteral("scheduled");
    case QueueFilter::Overdue:
        return QStringLiteral("overdue");
    case QueueFilter::Published:
        return QStringLiteral("published");
    case QueueFilter::Failed:
        return QStringLiteral("failed");
    case QueueFilter::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

std::optional<QueueFilter> queueFilterFromName(const QString& name)
{
    for (const QueueFilter filter : queueFilters())
        if (queueFilterName(filter) == name)
            return filter;
    return std::nullopt;
}

} // namespace Podium::Core
