#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Podium::Core {

/// One step of a guide: a heading, an explanation, the actions a person ticks off, and pictures.
struct GuideStep
{
    QString title;
    QString text;
    QStringList checklist;
    /// Resource paths relative to the guides folder, e.g. "images/composer-post.svg".
    QStringList pictures;
    /// What "Do it now" opens, e.g. "compose-status" (see GuideParser::actions()); empty when the step has none.
    QString action;
    /// The button's label in the guide's language.
    QString actionLabel;
};

/// A step-by-step how-to guide for one milestone, in one language, read from resources/guides/<lang>/.
struct Guide
{
    QString id;
    QString language;
    QString title;
    int tier = 1;
    /// practice, mastodon, wordpress or any
    QString platform;
    QString milestone;
    int minutes = 0;
    QString introduction;
    QList<GuideStep> steps;
};

} // namespace Podium::Core
