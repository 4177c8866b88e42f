#pragma once

#include "common/result.h"
#include "path_definition.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Podium::Core {

/// A path definition ready for use, and why the one asked for was set aside, if it was.
struct LoadedPath
{
    PathDefinition definition;
    /// Set when the file could not be used and the built-in path stands in for it.
    std::optional<Error> problem;
};

/// Reads a path definition ({"version": 1, "tiers": [...], "milestones": [...]}). Anything it cannot
/// trust is refused as a whole with PathDefinitionMalformed or PathDefinitionUnsupportedVersion, naming
/// what is wrong: a half-read path would silently move people's milestones.
class PathDefinitionParser
{
public:
    /// The newest definition version this build understands.
    static constexpr int supportedVersion = 1;

    static Result<PathDefinition> parse(const QByteArray& json);
    /// The path shipped inside Podium.
    static PathDefinition builtIn();
    /// The definition in `fileName`, or the built-in path with the reason when it cannot be used.
    static LoadedPath loadOrBuiltIn(const QString& fileName);
    /// The definition in `document`, or the built-in path with the reason (naming `source`) when it cannot be
    /// used.
    static LoadedPath parseOrBuiltIn(const QByteArray& document, const QString& source);
};

} // namespace Podium::Core
