#pragma once

#include <QString>

namespace Podium::Core {

/// Turns the HTML WordPress sends (entities in messages, rendered titles and excerpts) into plain text,
/// without QtGui's QTextDocument, which core may not use.
class HtmlText
{
public:
    /// Decodes named entities WordPress emits (&amp; &lt; &gt; &quot; &apos; &nbsp; &#039; ...) and every
    /// numeric (&#8217;) or hex (&#x2019;) reference; anything unknown is left as written.
    static QString decodeEntities(const QString& html);
    /// Drops tags, decodes entities and collapses runs of white space.
    static QString toPlainText(const QString& html);
    /// Only the letters and digits of the text, so a comment as WordPress rendered it (curly quotes, dashes,
    /// paragraphs) can be compared with the text that was sent.
    static QString comparable(const QString& html);
};

} // namespace Podium::Core
