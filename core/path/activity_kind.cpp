#include "activity_kind.h"

namespace Podium::Core {

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Status:
        return QStringLiteral("status");
    case ActivityKind::Reply:
        return QStringLiteral("reply");
    case ActivityKind::Comment:
        return QStringLiteral("comment");
    case ActivityKind::Like:
        return QStringLiteral("like");
    case ActivityKind::Follow:
        return QStringLiteral("follow");
    case ActivityKind::Article:
        return QStringLiteral("article");
    case ActivityKind::Scheduled:
        return QStringLiteral("scheduled");
    case ActivityKind::ProfileItem:
        return QStringLiteral("profile-item");
    case ActivityKind::Review:
        return QStringLiteral("review");
    }
    return {};
}

std::optional<ActivityKind> activityKindFromName(const QString& name)
{
    for (ActivityKind kind :
         {ActivityKind::Status, ActivityKind::Reply, ActivityKind::Comment, ActivityKind::Like, ActivityKind::Follow,
          ActivityKind::Article, ActivityKind::Scheduled, ActivityKind::ProfileItem, ActivityKind::Review})
        if (activityKindName(kind) == name)
            return kind;
    return std::nullopt;
}

ActivityKind activityKindFor(PostKind kind)
{
    switch (kind) {
    case PostKind::Status:
        return ActivityKind::Status;
    case PostKind::Reply:
        return ActivityKind::Reply;
    case PostKind::Comment:
        return ActivityKind::Comment;
    case PostKind::Like:
        return ActivityKind::Like;
    case PostKind::Follow:
        return ActivityKind::Follow;
    case PostKind::Article:
        return ActivityKind::Article;
    }
    return ActivityKind::Status;
}

bool isInteraction(ActivityKind kind)
{
    return kind == ActivityKind::Like || kind == ActivityKind::Comment || kind == ActivityKind::Reply ||
           kind == ActivityKind::Follow;
}

} // namespace Podium::Core
