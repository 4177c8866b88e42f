#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Podium::Core {

/// One thing a practice session sets out to cover: a milestone of the path or a guide, ticked off when done.
struct PracticePlanItem
{
    enum class Kind
    {
        Milestone,
        Guide,
    };

    Kind kind = Kind::Milestone;
    /// A milestone id (e.g. "first-status-update") or a guide id (e.g. "first-status-update-practice").
    QString itemId;
    /// When it was ticked off; invalid while it is still to do.
    QDateTime doneAt;

    bool isDone() const { return doneAt.isValid(); }

    /// "milestone" or "guide", as stored and printed.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
};

} // namespace Podium::Core
