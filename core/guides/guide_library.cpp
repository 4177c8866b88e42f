#include "guide_library.h"

#include "guide_parser.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Podium::Core {

GuideLibrary::GuideLibrary(const QString& language, const QString& root)
    : m_language(language.section(QLatin1Char('_'), 0, 0).toLower())
{
    if (m_language.isEmpty() || !QDir(root + QLatin1Char('/') + m_language).exists())
        m_language = QStringLiteral("en");
    const QDir folder(root + QLatin1Char('/') + m_language);
    for (const QString& name : folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append(Error{ErrorCode::GuideMalformed, name + QStringLiteral(": cannot be read")});
            continue;
        }
        Result<Guide> guide = GuideParser::parse(QString::fromUtf8(file.readAll()), m_language);
        if (!guide) {
            m_problems.append(Error{ErrorCode::GuideMalformed, name + QStringLiteral(", ") + guide.error().detail});
            continue;
        }
        m_guides.append(std::move(guide.value()));
    }
    // Easiest first: by tier, and within a tier the rehearsal in the sandbox before the real networks.
    static const QStringList platformOrder{QStringLiteral("practice"), QStringLiteral("any"),
                                           QStringLiteral("mastodon"), QStringLiteral("wordpress")};
    std::stable_sort(m_guides.begin(), m_guides.end(), [](const Guide& a, const Guide& b) {
        return std::pair(a.tier, platformOrder.indexOf(a.platform)) <
               std::pair(b.tier, platformOrder.indexOf(b.platform));
    });
}

Result<Guide> GuideLibrary::find(const QString& id) const
{
    for (const Guide& guide : m_guides) {
        if (guide.id == id)
            return guide;
    }
    return Error{ErrorCode::GuideNotFound, id};
}

QList<Guide> GuideLibrary::forMilestone(const QString& milestone) const
{
    QList<Guide> found;
    for (const Guide& guide : m_guides) {
        if (guide.milestone == milestone)
            found.append(guide);
    }
    return found;
}

QList<Guide> GuideLibrary::search(const QString& query) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<std::pair<int, Guide>> scored;
    for (const Guide& guide : m_guides) {
        QString body = guide.introduction;
        for (const GuideStep& step : guide.steps)
            body += QLatin1Char(' ') + step.title + QLatin1Char(' ') + step.text + QLatin1Char(' ') +
                    step.checklist.join(QLatin1Char(' '));
        int score = 0;
        bool all = true;
        for (const QString& word : words) {
            const bool inTitle = guide.title.contains(word, Qt::CaseInsensitive);
            if (!inTitle && !body.contains(word, Qt::CaseInsensitive)) {
                all = false;
                break;
            }
            score += inTitle ? 10 : 1;
        }
        if (all)
            scored.append({score, guide});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<Guide> result;
    for (const auto& [score, guide] : scored)
        result.append(guide);
    return result;
}

} // namespace Podium::Core
