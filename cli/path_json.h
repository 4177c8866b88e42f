#pragma once

#include "path/next_step.h"
#include "path/path_definition.h"
#include "path/path_progress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Podium::Cli {

/// How `podium path show` prints a person's progress and next steps, as JSON and as text.
class PathJson
{
    Q_DECLARE_TR_FUNCTIONS(PathJson)

public:
    static QJsonObject toJson(const Core::PathProgress& progress, const Core::PathDefinition& definition,
                              const Core::NextSteps& steps);
    static QJsonObject toJson(const Core::NextStep& step);
    static QString text(const QString& personName, const Core::PathProgress& progress,
                        const Core::PathDefinition& definition, const Core::NextSteps& steps);
};

} // namespace Podium::Cli
