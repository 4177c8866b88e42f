#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace Podium::Core {

/// A sample colleague in the practice sandbox.
struct PracticeColleague
{
    QString id;
    QString name;
    QString handle;
    QString title;
    QString department;
    bool isExecutive = false;
};

/// A sample colleague's post, dated relative to when the sandbox is first used.
struct PracticeSeedPost
{
    QString authorId;
    int hoursAgo = 0;
    QString text;
};

/// The colleagues and posts the practice sandbox starts with, shipped in resources.
struct PracticeSeed
{
    QList<PracticeColleague> colleagues;
    QList<PracticeSeedPost> posts;

    /// Reads the built-in seed (resources/practice/colleagues.json).
    static Result<PracticeSeed> builtIn();
    static Result<PracticeSeed> fromJson(const QByteArray& json);
};

} // namespace Podium::Core
