#pragma once

#include "common/result.h"
#include "guide.h"

#include <QList>

namespace Podium::Core {

/// The guides shipped with Podium, in one language, falling back to English for a language without guides.
class GuideLibrary
{
public:
    /// Loads from the embedded resources; a broken file is reported in problems() and left out.
    explicit GuideLibrary(const QString& language, const QString& root = QStringLiteral(":/podium/guides"));

    QString language() const { return m_language; }
    const QList<Guide>& guides() const { return m_guides; }
    /// Files that could not be read, with the reason: shipped guides must have none (a test checks).
    const QList<Error>& problems() const { return m_problems; }

    Result<Guide> find(const QString& id) const;
    QList<Guide> forMilestone(const QString& milestone) const;
    /// Guides whose title, introduction or steps contain every word of the query, best matches first.
    QList<Guide> search(const QString& query) const;

private:
    QString m_language;
    QList<Guide> m_guides;
    QList<Error> m_problems;
};

} // namespace Podium::Core
