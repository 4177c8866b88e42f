#pragma once

#include <QString>

namespace Podium::Core {

/// Turns a status's rendered HTML back into plain text that compares with the text Podium sent.
///
/// Servers re-render what they get (paragraphs, line breaks, links, mentions, entities), and a post must
/// still be recognised after a crash.
class StatusText
{
public:
    /// The visible text of the HTML, entities decoded, whitespace normalized as by normalized().
    static QString fromHtml(const QString& html);
    /// Runs of whitespace (line breaks and paragraph breaks included) become one space; no space at either end.
    static QString normalized(const QString& text);
    /// What two texts must share to be the same post: normalized(), and mentions without their domain,
    /// since Mastodon shows "@dana@other.example" as "@dana".
    static QString comparable(const QString& text);
    /// Decodes named (the XML five and &nbsp;) and numeric character references; unknown ones stay as they are.
    static QString decodeEntities(const QString& text);
};

} // namespace Podium::Core
