#include "guides/guide_library.h"
#include "path/path_definition_parser.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Podium::Core;

namespace {

const QByteArray smallPath = R"({
    "version": 1,
    "tiers": [{"tier": 1, "id": "start", "title": "Start"}, {"tier": 2, "id": "next", "title": "Next"}],
    "milestones": [
        {"id": "hello", "tier": 1, "title": "Say hello",
         "criteria": {"type": "activity", "targets": [{"kind": "status", "count": 2}], "windowDays": 7},
         "guides": ["say-hello"]},
        {"id": "cheer", "tier": 2, "required": false, "title": "Cheer",
         "criteria": {"type": "activity", "targets": [{"kind": "like", "count": 4}, {"kind": "comment", "count": 1}],
                      "minNonExecutiveShare": 0.75}},
        {"id": "profile", "tier": 1, "title": "Profile", "criteria": {"type": "checklist", "items": ["photo", "bio"]}}
    ]
})";

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString name = dir.filePath(QStringLiteral("path.json"));
    QFile file(name);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return name;
}

} // namespace

TEST_CASE("PathDefinitionParser reads tiers, milestones and their criteria")
{
    const Result<PathDefinition> path = PathDefinitionParser::parse(smallPath);
    INFO((path ? QString() : path.error().detail).toStdString());
    REQUIRE(path.hasValue());
    CHECK(path->version() == 1);
    CHECK(path->tierCount() == 2);
    CHECK(path->tiers().at(1).title == QStringLiteral("Next"));
    REQUIRE(path->milestones().size() == 3);

    const Milestone* hello = path->milestone(QStringLiteral("hello"));
    REQUIRE(hello);
    CHECK(hello->required);
    CHECK(hello->criteria.type == MilestoneCriteria::Type::Activity);
    REQUIRE(hello->criteria.targets.size() == 1);
    CHECK(hello->criteria.targets.first().kind == ActivityKind::Status);
    CHECK(hello->criteria.targets.first().count == 2);
    CHECK(hello->criteria.windowDays == 7);
    CHECK(hello->guideIds == QStringList{QStringLiteral("say-hello")});

    const Milestone* cheer = path->milestone(QStringLiteral("cheer"));
    REQUIRE(cheer);
    CHECK_FALSE(cheer->required);
    CHECK(cheer->criteria.targets.size() == 2);
    CHECK(cheer->criteria.windowDays == 0);
    CHECK(cheer->criteria.minNonExecutiveShare == Approx(0.75));

    CHECK(path->checklistItems() == QStringList{QStringLiteral("photo"), QStringLiteral("bio")});
    CHECK(path->milestonesOfTier(1).size() == 2);
    CHECK(path->milestone(QStringLiteral("nothing")) == nullptr);
}

TEST_CASE("PathDefinitionParser refuses a broken definition as a whole, saying what is wrong")
{
    const auto refused = [](const QByteArray& json) {
        const Result<PathDefinition> path = PathDefinitionParser::parse(json);
        REQUIRE_FALSE(path.hasValue());
        CHECK(path.error().code == ErrorCode::PathDefinitionMalformed);
        return path.error().detail;
    };
    CHECK(refused("{ not json").contains(QStringLiteral("not JSON")));
    CHECK(refused("[1, 2]").contains(QStringLiteral("object")));
    CHECK(refused(R"({"tiers": [], "milestones": []})").contains(QStringLiteral("version")));
    CHECK(refused(R"({"version": 1, "tiers": [], "milestones": []})").contains(QStringLiteral("tiers")));

    QByteArray unknownKind = smallPath;
    unknownKind.replace("\"kind\": \"status\"", "\"kind\": \"dance\"");
    CHECK(refused(unknownKind).contains(QStringLiteral("dance")));
    QByteArray fractional = smallPath;
    fractional.replace("\"count\": 2", "\"count\": 2.5");
    CHECK(refused(fractional).contains(QStringLiteral("hello")));
    QByteArray noTier = smallPath;
    noTier.replace("\"id\": \"cheer\", \"tier\": 2", "\"id\": \"cheer\", \"tier\": 5");
    CHECK(refused(noTier).contains(QStringLiteral("no such tier")));
    QByteArray twice = smallPath;
    twice.replace("\"id\": \"profile\"", "\"id\": \"hello\"");
    CHECK(refused(twice).contains(QStringLiteral("twice")));
    QByteArray share = smallPath;
    share.replace("0.75", "1.5");
    CHECK(refused(share).contains(QStringLiteral("minNonExecutiveShare")));
    QByteArray gap = smallPath;
    gap.replace("{\"tier\": 2, \"id\": \"next\"", "{\"tier\": 3, \"id\": \"next\"");
    CHECK(refused(gap).contains(QStringLiteral("numbered")));
}

TEST_CASE("PathDefinitionParser refuses a definition from a newer Podium")
{
    QByteArray newer = smallPath;
    newer.replace("\"version\": 1", "\"version\": 2");
    const Result<PathDefinition> path = PathDefinitionParser::parse(newer);
    REQUIRE_FALSE(path.hasValue());
    CHECK(path.error().code == ErrorCode::PathDefinitionUnsupportedVersion);
    CHECK(path.error().codeName() == QStringLiteral("path.definition-unsupported-version"));
}

TEST_CASE("PathDefinitionParser falls back to the built-in path when a file is broken, unknown or missing")
{
    QTemporaryDir dir;
    const LoadedPath broken = PathDefinitionParser::loadOrBuiltIn(writeFile(dir, "{\"version\": 1, \"tiers\": ["));
    REQUIRE(broken.problem.has_value());
    CHECK(broken.problem->code == ErrorCode::PathDefinitionMalformed);
    CHECK(broken.definition.milestone(QStringLiteral("first-status-update")) != nullptr);

    QByteArray newer = smallPath;
    newer.replace("\"version\": 1", "\"version\": 7");
    const LoadedPath unknown = PathDefinitionParser::loadOrBuiltIn(writeFile(dir, newer));
    REQUIRE(unknown.problem.has_value());
    CHECK(unknown.problem->code == ErrorCode::PathDefinitionUnsupportedVersion);
    CHECK(unknown.definition.tierCount() == 3);

    const LoadedPath missing = PathDefinitionParser::loadOrBuiltIn(dir.filePath(QStringLiteral("none.json")));
    REQUIRE(missing.problem.has_value());
    CHECK(missing.definition.tierCount() == 3);

    const LoadedPath good = PathDefinitionParser::loadOrBuiltIn(writeFile(dir, smallPath));
    CHECK_FALSE(good.problem.has_value());
    CHECK(good.definition.tierCount() == 2);
}

TEST_CASE("The built-in path has three tiers and the milestones the guides teach")
{
    const PathDefinition path = PathDefinitionParser::builtIn();
    REQUIRE(path.tierCount() == 3);
    const QStringList expected{QStringLiteral("profile-checklist"),    QStringLiteral("first-status-update"),
                               QStringLiteral("status-rhythm"),        QStringLiteral("weekly-engagement"),
                               QStringLiteral("first-reply"),          QStringLiteral("follow-colleagues"),
                               QStringLiteral("first-article"),        QStringLiteral("first-scheduled-post"),
                               QStringLiteral("review-delegate-draft")};
    QStringList ids;
    for (const Milestone& milestone : path.milestones())
        ids << milestone.id;
    CHECK(ids == expected);
    CHECK_FALSE(path.milestone(QStringLiteral("review-delegate-draft"))->required);

    // Every guide a milestone links exists, and every guide's milestone is on the path.
    const GuideLibrary guides(QStringLiteral("en"));
    for (const Milestone& milestone : path.milestones())
        for (const QString& guideId : milestone.guideIds) {
            INFO(guideId.toStdString());
            CHECK(guides.find(guideId).hasValue());
        }
    for (const Guide& guide : guides.guides()) {
        INFO(guide.id.toStdString());
        CHECK(path.milestone(guide.milestone) != nullptr);
    }
}
