#include "path_definition_parser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Podium::Core {

namespace {

const QString builtInResource = QStringLiteral(":/podium/path/path.json");

Error malformed(const QString& detail)
{
    return Error{ErrorCode::PathDefinitionMalformed, detail};
}

/// A positive whole number, or -1: JSON has only doubles, and 2.5 likes is not a target.
int wholeNumber(const QJsonValue& value, int minimum)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number != double(int(number)) || int(number) < minimum)
        return -1;
    return int(number);
}

Result<MilestoneCriteria> criteriaFrom(const QJsonObject& json, const QString& where)
{
    MilestoneCriteria criteria;
    const QString type = json.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("checklist")) {
        criteria.type = MilestoneCriteria::Type::Checklist;
        for (const QJsonValue& item : json.value(QStringLiteral("items")).toArray())
            if (!item.toString().isEmpty())
                criteria.checklistItems.append(item.toString());
        if (criteria.checklistItems.isEmpty())
            return malformed(where + QStringLiteral(": a checklist needs items"));
        return criteria;
    }
    if (type != QLatin1String("activity"))
        return malformed(where + QStringLiteral(": unknown criteria type '%1'").arg(type));
    for (const QJsonValue& value : json.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject target = value.toObject();
        const QString kindName = target.value(QStringLiteral("kind")).toString();
        const std::optional<ActivityKind> kind = activityKindFromName(kindName);
        if (!kind || *kind == ActivityKind::ProfileItem)
            return malformed(where + QStringLiteral(": unknown activity kind '%1'").arg(kindName));
        const int count = wholeNumber(target.value(QStringLiteral("count")), 1);
        if (count < 0)
            return malformed(where + QStringLiteral(": a target's count must be a whole number from 1"));
        criteria.targets.append(ActivityTarget{*kind, count});
    }
    if (criteria.targets.isEmpty())
        return malformed(where + QStringLiteral(": activity criteria need targets"));
    if (json.contains(QStringLiteral("windowDays"))) {
        criteria.windowDays = wholeNumber(json.value(QStringLiteral("windowDays")), 0);
        if (criteria.windowDays < 0)
            return malformed(where + QStringLiteral(": windowDays must be a whole number of days"));
    }
    if (json.contains(QStringLiteral("minNonExecutiveShare"))) {
        const QJsonValue share = json.value(QStringLiteral("minNonExecutiveShare"));
        criteria.minNonExecutiveShare = share.toDouble(-1.0);
        if (!share.isDouble() || criteria.minNonExecutiveShare < 0.0 || criteria.minNonExecutiveShare > 1.0)
            return malformed(where + QStringLiteral(": minNonExecutiveShare must be between 0 and 1"));
    }
    return criteria;
}

Result<Milestone> milestoneFrom(const QJsonObject& json, int tierCount)
{
    Milestone milestone;
    milestone.id = json.value(QStringLiteral("id")).toString();
    if (milestone.id.isEmpty())
        return malformed(QStringLiteral("a milestone without an id"));
    const QString where = QStringLiteral("milestone '%1'").arg(milestone.id);
    milestone.tier = wholeNumber(json.value(QStringLiteral("tier")), 1);
    if (milestone.tier < 1 || milestone.tier > tierCount)
        return malformed(where + QStringLiteral(": no such tier"));
    milestone.required = json.value(QStringLiteral("required")).toBool(true);
    milestone.title = json.value(QStringLiteral("title")).toString();
    milestone.description = json.value(QStringLiteral("description")).toString();
    if (milestone.title.isEmpty())
        return malformed(where + QStringLiteral(": no title"));
    for (const QJsonValue& guide : json.value(QStringLiteral("guides")).toArray())
        if (!guide.toString().isEmpty())
            milestone.guideIds.append(guide.toString());
    Result<MilestoneCriteria> criteria = criteriaFrom(json.value(QStringLiteral("criteria")).toObject(), where);
    if (!criteria)
        return criteria.error();
    milestone.criteria = std::move(*criteria);
    return milestone;
}

} // namespace

Result<PathDefinition> PathDefinitionParser::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    // The version is checked before anything else: a newer file may have changed any of the rest.
    const int version = wholeNumber(root.value(QStringLiteral("version")), 1);
    if (version < 0)
        return malformed(QStringLiteral("no version"));
    if (version > supportedVersion)
        return Error{ErrorCode::PathDefinitionUnsupportedVersion,
                     QStringLiteral("version %1; this Podium reads up to %2").arg(version).arg(supportedVersion)};

    QList<PathTier> tiers;
    for (const QJsonValue& value : root.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject json = value.toObject();
        PathTier tier;
        tier.number = wholeNumber(json.value(QStringLiteral("tier")), 1);
        // Tiers open one after another, so they are numbered 1, 2, 3… in order, without gaps.
        if (tier.number != int(tiers.size()) + 1)
            return malformed(QStringLiteral("tiers must be numbered 1, 2, 3… in order"));
        tier.id = json.value(QStringLiteral("id")).toString();
        tier.title = json.value(QStringLiteral("title")).toString();
        tier.description = json.value(QStringLiteral("description")).toString();
        if (tier.title.isEmpty())
            return malformed(QStringLiteral("tier %1 has no title").arg(tier.number));
        tiers.append(tier);
    }
    if (tiers.isEmpty())
        return malformed(QStringLiteral("no tiers"));

    QList<Milestone> milestones;
    QSet<QString> ids;
    for (const QJsonValue& value : root.value(QStringLiteral("milestones")).toArray()) {
        Result<Milestone> milestone = milestoneFrom(value.toObject(), int(tiers.size()));
        if (!milestone)
            return milestone.error();
        if (ids.contains(milestone->id))
            return malformed(QStringLiteral("milestone '%1' appears twice").arg(milestone->id));
        ids.insert(milestone->id);
        milestones.append(std::move(*milestone));
    }
    if (milestones.isEmpty())
        return malformed(QStringLiteral("no milestones"));
    return PathDefinition(version, std::move(tiers), std::move(milestones));
}

PathDefinition PathDefinitionParser::builtIn()
{
    QFile file(builtInResource);
    Result<PathDefinition> definition = file.open(QIODevice::ReadOnly)
                                            ? parse(file.readAll())
                                            : Result<PathDefinition>(malformed(QStringLiteral("missing")));
    // The built-in path is checked by a test on every build; it cannot fail at run time.
    Q_ASSERT(definition.hasValue());
    return definition ? std::move(*definition) : PathDefinition();
}

LoadedPath PathDefinitionParser::loadOrBuiltIn(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return LoadedPath{builtIn(), malformed(QStringLiteral("%1: %2").arg(fileName, file.errorString()))};
    return parseOrBuiltIn(file.readAll(), fileName);
}

LoadedPath PathDefinitionParser::parseOrBuiltIn(const QByteArray& document, const QString& source)
{
    Result<PathDefinition> definition = parse(document);
    if (!definition) {
        Error problem = definition.error();
        problem.detail = source + QStringLiteral(": ") + problem.detail;
        return LoadedPath{builtIn(), problem};
    }
    return LoadedPath{std::move(*definition), std::nullopt};
}

} // namespace Podium::Core
