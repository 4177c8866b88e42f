#include "character_counter.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <limits>

namespace Podium::Core {

namespace {

int graphemes(QStringView text)
{
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), int(text.size()));
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

const QRegularExpression& urlPattern()
{
    // What Mastodon links: an http(s) scheme followed by anything up to whitespace.
    static const QRegularExpression pattern(QStringLiteral(R"(https?://[^\s]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

CharacterCounter::CharacterCounter(const PlatformCapabilities& capabilities)
    : m_maxCharacters(capabilities.maxCharacters)
    , m_charactersPerUrl(capabilities.charactersPerUrl)
{}

int CharacterCounter::count(const QString& text) const
{
    if (m_charactersPerUrl <= 0)
        return graphemes(text);
    int total = 0;
    qsizetype position = 0;
    for (QRegularExpressionMatchIterator it = urlPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        total += graphemes(QStringView(text).mid(position, match.capturedStart() - position)) + m_charactersPerUrl;
        position = match.capturedEnd();
    }
    return total + graphemes(QStringView(text).mid(position));
}

int CharacterCounter::remaining(const QString& text) const
{
    if (m_maxCharacters <= 0)
        return std::numeric_limits<int>::max();
    return m_maxCharacters - count(text);
}

} // namespace Podium::Core
