// A trainer's own onboarding path, stored in the workspace: loaded, used by everyone who opens it, set aside
// for the built-in path (with the reason) when it cannot be read, and reset.
#include "path/path_definition_parser.h"
#include "path/path_service.h"
#include "storage/database.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

/// The built-in path with the status rhythm asking for `count` updates instead of three.
QByteArray pathWithRhythm(int count)
{
    QFile file(QStringLiteral(":/podium/path/path.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject path = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray milestones = path.value(QStringLiteral("milestones")).toArray();
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        QJsonObject milestone = milestones.at(i).toObject();
        if (milestone.value(QStringLiteral("id")).toString() != QStringLiteral("status-rhythm"))
            continue;
        QJsonObject criteria = milestone.value(QStringLiteral("criteria")).toObject();
        QJsonArray targets = criteria.value(QStringLiteral("targets")).toArray();
        QJsonObject target = targets.at(0).toObject();
        target.insert(QStringLiteral("count"), count);
        targets.replace(0, target);
        criteria.insert(QStringLiteral("targets"), targets);
        milestone.insert(QStringLiteral("criteria"), criteria);
        milestones.replace(i, milestone);
    }
    path.insert(QStringLiteral("milestones"), milestones);
    return QJsonDocument(path).toJson();
}

int rhythmNeeded(PathService& path, const QString& personId)
{
    const Result<PathProgress> progress = path.progress(personId, Track::Live);
    REQUIRE(progress.hasValue());
    const MilestoneProgress* rhythm = progress->milestone(QStringLiteral("status-rhythm"));
    REQUIRE(rhythm);
    return rhythm->targets.first().needed;
}

} // namespace

TEST_CASE("A trainer loads a path for the workspace, which holds for everyone who opens it until reset", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    PathService& path = f.workspace->path();
    CHECK(rhythmNeeded(path, f.executive.id) == 3);

    const Result<PathDefinition> loaded = path.loadDefinition(trainer.id, pathWithRhythm(5));
    REQUIRE(loaded.hasValue());
    CHECK(rhythmNeeded(path, f.executive.id) == 5);
    CHECK_FALSE(path.definitionProblem());

    auto reopened = Workspace::open(f.test.location(), f.clock);
    REQUIRE(reopened.hasValue());
    CHECK(rhythmNeeded((*reopened)->path(), f.executive.id) == 5);

    REQUIRE(path.resetDefinition(trainer.id).hasValue());
    CHECK(rhythmNeeded(path, f.executive.id) == 3);
    auto again = Workspace::open(f.test.location(), f.clock);
    REQUIRE(again.hasValue());
    CHECK(rhythmNeeded((*again)->path(), f.executive.id) == 3);
    CHECK(f.auditActions(QStringLiteral("workspace"), QStringLiteral("path")) ==
          QStringList{QStringLiteral("path.definition-loaded"), QStringLiteral("path.definition-reset")});
}

TEST_CASE("Only a trainer changes the workspace's path, and a broken one is refused whole", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    PathService& path = f.workspace->path();

    const Result<PathDefinition> byExecutive = path.loadDefinition(f.executive.id, pathWithRhythm(5));
    REQUIRE_FALSE(byExecutive.hasValue());
    CHECK(byExecutive.error().code == ErrorCode::PathChangeNotTrainer);
    CHECK(path.resetDefinition(f.executive.id).error().code == ErrorCode::PathChangeNotTrainer);

    const Result<PathDefinition> broken = path.loadDefinition(trainer.id, QByteArrayLiteral("{\"version\": 1, \"ti"));
    REQUIRE_FALSE(broken.hasValue());
    CHECK(broken.error().code == ErrorCode::PathDefinitionMalformed);
    const Result<PathDefinition> newer = path.loadDefinition(trainer.id, QByteArrayLiteral("{\"version\": 99}"));
    REQUIRE_FALSE(newer.hasValue());
    CHECK(newer.error().code == ErrorCode::PathDefinitionUnsupportedVersion);

    CHECK(rhythmNeeded(path, f.executive.id) == 3);
    CHECK(f.auditActions(QStringLiteral("workspace"), QStringLiteral("path")).isEmpty());
}

TEST_CASE("A stored path this Podium cannot read gives way to the built-in one and says why", "[db]")
{
    WorkspaceFixture f;
    const Person trainer = f.addPerson(QStringLiteral("Tess Moreau"), Role::Trainer);
    REQUIRE(f.workspace->path().loadDefinition(trainer.id, pathWithRhythm(5)).hasValue());
    // As a newer Podium sharing the workspace would leave it.
    Statement newer =
        f.workspace->database().prepare(QStringLiteral("UPDATE path_definition SET document = ? WHERE slot = 1"));
    newer.addBindValue(QStringLiteral("{\"version\": 2, \"tiers\": [], \"milestones\": []}"));
    REQUIRE(f.workspace->database().exec(newer).hasValue());

    auto reopened = Workspace::open(f.test.location(), f.clock);
    REQUIRE(reopened.hasValue());
    PathService& path = (*reopened)->path();
    REQUIRE(path.definitionProblem());
    CHECK(path.definitionProblem()->code == ErrorCode::PathDefinitionUnsupportedVersion);
    CHECK(rhythmNeeded(path, f.executive.id) == 3);
    CHECK(path.progress(f.executive.id, Track::Live).hasValue());
}
