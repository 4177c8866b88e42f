#include "path_json.h"

#include <QJsonArray>

namespace Podium::Cli {

namespace {

QJsonValue instant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString styleText(const std::optional<Core::CoachingStyle>& style)
{
    return style ? Core::coachingStyleName(*style) : QStringLiteral("not set");
}

/// "2 of 3 status, 10 of 10 like" with the window, for a milestone not yet met.
QString progressText(const Core::MilestoneProgress& progress)
{
    QStringList parts;
    for (const Core::TargetProgress& target : progress.targets)
        parts << QStringLiteral("%1 of %2 %3")
                     .arg(target.done)
                     .arg(target.needed)
                     .arg(Core::activityKindName(target.kind));
    QString text = parts.join(QStringLiteral(", "));
    if (progress.windowDays > 0)
        text += QStringLiteral(" in %1 days").arg(progress.windowDays);
    if (progress.minNonExecutiveShare > 0.0 && progress.nonExecutiveShare)
        text += QStringLiteral(", %1% with non-executives (%2% needed)")
                    .arg(qRound(*progress.nonExecutiveShare * 100))
                    .arg(qRound(progress.minNonExecutiveShare * 100));
    return text;
}

} // namespace

QJsonObject PathJson::toJson(const Core::NextStep& step)
{
    QJsonObject json{{QStringLiteral("id"), step.id},
                     {QStringLiteral("kind"), Core::nextStepKindName(step.kind)},
                     {QStringLiteral("milestone"), step.milestoneId},
                     {QStringLiteral("guide"), step.guideId},
                     {QStringLiteral("title"), step.title},
                     {QStringLiteral("remindAt"), instant(step.remindAt)}};
    if (step.kind == Core::NextStepKind::Compose) {
        json.insert(QStringLiteral("postKind"), Core::postKindName(step.postKind));
        json.insert(QStringLiteral("scheduleAhead"), step.scheduleAhead);
        if (step.suggestion)
            json.insert(QStringLiteral("suggestion"),
                        QJsonObject{{QStringLiteral("id"), step.suggestion->id},
                                    {QStringLiteral("prompt"), step.suggestion->prompt},
                                    {QStringLiteral("starter"), step.suggestion->starter}});
    }
    return json;
}

QJsonObject PathJson::toJson(const Core::PathProgress& progress, const Core::PathDefinition& definition,
                             const Core::NextSteps& steps)
{
    QJsonArray tiers;
    for (const Core::TierProgress& tier : progress.tiers)
        tiers.append(QJsonObject{{QStringLiteral("tier"), tier.tier},
                                 {QStringLiteral("title"), definition.tiers().at(tier.tier - 1).title},
                                 {QStringLiteral("unlocked"), tier.unlocked},
                                 {QStringLiteral("complete"), tier.complete},
                                 {QStringLiteral("unlockedBy"), tier.unlockedBy}});
    QJsonArray milestones;
    for (const Core::MilestoneProgress& milestone : progress.milestones) {
        const Core::Milestone* defined = definition.milestone(milestone.milestoneId);
        QJsonArray targets;
        for (const Core::TargetProgress& target : milestone.targets)
            targets.append(QJsonObject{{QStringLiteral("kind"), Core::activityKindName(target.kind)},
                                       {QStringLiteral("done"), target.done},
                                       {QStringLiteral("needed"), target.needed}});
        QJsonObject json{
            {QStringLiteral("id"), milestone.milestoneId},
            {QStringLiteral("tier"), milestone.tier},
            {QStringLiteral("required"), milestone.required},
            {QStringLiteral("title"), defined ? defined->title : QString()},
            {QStringLiteral("met"), milestone.met},
            {QStringLiteral("achievedAt"), instant(milestone.achievedAt)},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("windowDays"), milestone.windowDays},
            {QStringLiteral("guides"), QJsonArray::fromStringList(defined ? defined->guideIds : QStringList())}};
        if (milestone.minNonExecutiveShare > 0.0) {
            json.insert(QStringLiteral("minNonExecutiveShare"), milestone.minNonExecutiveShare);
            json.insert(QStringLiteral("nonExecutiveShare"),
                        milestone.nonExecutiveShare ? QJsonValue(*milestone.nonExecutiveShare) : QJsonValue());
        }
        if (!milestone.missingItems.isEmpty())
            json.insert(QStringLiteral("missingItems"), QJsonArray::fromStringList(milestone.missingItems));
        milestones.append(json);
    }
    QJsonArray others;
    for (const Core::NextStep& step : steps.others)
        others.append(toJson(step));
    return QJsonObject{
        {QStringLiteral("person"), progress.personId},
        {QStringLiteral("track"), Core::trackName(progress.track)},
        {QStringLiteral("style"), progress.style ? QJsonValue(Core::coachingStyleName(*progress.style)) : QJsonValue()},
        {QStringLiteral("currentTier"), progress.currentTier},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("milestones"), milestones},
        {QStringLiteral("nextMilestone"), progress.nextMilestoneId},
        {QStringLiteral("nextStep"), toJson(steps.primary)},
        {QStringLiteral("alsoToday"), others}};
}

QString PathJson::text(const QString& personName, const Core::PathProgress& progress,
                       const Core::PathDefinition& definition, const Core::NextSteps& steps)
{
    QString text =
        (progress.track == Core::Track::Practice ? tr("%1: practice path, tier %2 of %3 (coaching style: %4)\n")
                                                 : tr("%1: live path, tier %2 of %3 (coaching style: %4)\n"))
            .arg(personName)
            .arg(progress.currentTier)
            .arg(definition.tierCount())
            .arg(styleText(progress.style));
    for (const Core::TierProgress& tier : progress.tiers) {
        QString state = tier.unlocked ? tr("open") : tr("locked");
        if (tier.complete)
            state = tr("complete");
        if (!tier.unlockedBy.isEmpty())
            state += tr(", unlocked by a trainer");
        text += QStringLiteral("\n") +
                tr("Tier %1: %2 (%3)\n").arg(tier.tier).arg(definition.tiers().at(tier.tier - 1).title, state);
        for (const Core::MilestoneProgress& milestone : progress.milestones) {
            if (milestone.tier != tier.tier)
                continue;
            const Core::Milestone* defined = definition.milestone(milestone.milestoneId);
            QString line = QStringLiteral("  [%1] %2")
                               .arg(milestone.met ? QLatin1Char('x') : QLatin1Char(' '))
                               .arg(defined ? defined->title : milestone.milestoneId);
            if (!milestone.required)
                line += tr(" (optional)");
            if (!milestone.met)
                line = line.leftJustified(44) + QStringLiteral("  ") + progressText(milestone);
            if (!milestone.missingItems.isEmpty())
                line += tr(" (to do: %1)").arg(milestone.missingItems.join(QStringLiteral(", ")));
            text += line + QLatin1Char('\n');
        }
    }
    text += QStringLiteral("\n") + tr("Next: %1 [%2]").arg(steps.primary.title, steps.primary.id);
    if (steps.primary.remindAt.isValid())
        text += tr(" (remind at %1)").arg(steps.primary.remindAt.toString(Qt::ISODate));
    text += QLatin1Char('\n');
    for (const Core::NextStep& step : steps.others)
        text += tr("Also today: %1 [%2]").arg(step.title, step.id) + QLatin1Char('\n');
    return text.trimmed();
}

} // namespace Podium::Cli
