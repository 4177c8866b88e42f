#include "next_step.h"

namespace Podium::Core {

QString nextStepKindName(NextStepKind kind)
{
    switch (kind) {
    case NextStepKind::Compose:
        return QStringLiteral("compose");
    case NextStepKind::OpenGuide:
        return QStringLiteral("open-guide");
    case NextStepKind::WeeklyRoutine:
        return QStringLiteral("weekly-routine");
    case NextStepKind::ProfileChecklist:
        return QStringLiteral("profile-checklist");
    case NextStepKind::ReviewApprovals:
        return QStringLiteral("review-approvals");
    }
    return {};
}

} // namespace Podium::Core
