#include "practice_plan_item.h"

namespace Podium::Core {

QString PracticePlanItem::kindName(Kind kind)
{
    return kind == Kind::Guide ? QStringLiteral("guide") : QStringLiteral("milestone");
}

std::optional<PracticePlanItem::Kind> PracticePlanItem::kindFromName(const QString& name)
{
    if (name == QLatin1String("milestone"))
        return Kind::Milestone;
    if (name == QLatin1String("guide"))
        return Kind::Guide;
    return std::nullopt;
}

} // namespace Podium::Core
