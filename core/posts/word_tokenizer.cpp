#include "word_tokenizer.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Podium::Core {

namespace {

enum class CharacterClass
{
    Space,
    Word,
    /// Punctuation, symbols, emoji, and the letters of scripts written without spaces: each its own token.
    Single,
};

char32_t codePointAt(QStringView text, qsizetype position)
{
    const QChar first = text[position];
    if (first.isHighSurrogate() && position + 1 < text.size() && text[position + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(first, text[position + 1]);
    return first.unicode();
}

bool isUnspacedScript(char32_t codePoint)
{
    if (codePoint < 0x0E00) // before Thai, the first of them
        return false;
    // A run of Chinese or Thai would otherwise be one "word" a whole sentence long, and the diff would be
    // no finer than the sentence.
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

CharacterClass classify(char32_t codePoint)
{
    if (codePoint < 0x80) { // most of any post, and much quicker to answer without Unicode's tables
        if (codePoint == U' ' || (codePoint >= U'\t' && codePoint <= U'\r'))
            return CharacterClass::Space;
        const bool word = (codePoint >= U'a' && codePoint <= U'z') || (codePoint >= U'A' && codePoint <= U'Z') ||
                          (codePoint >= U'0' && codePoint <= U'9') || codePoint == U'_';
        return word ? CharacterClass::Word : CharacterClass::Single;
    }
    if (QChar::isSpace(codePoint))
        return CharacterClass::Space;
    if ((QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint) || codePoint == U'_') &&
        !isUnspacedScript(codePoint))
        return CharacterClass::Word;
    return CharacterClass::Single;
}

bool isApostrophe(char32_t codePoint)
{
    return codePoint == U'\'' || codePoint == U'\u2019';
}

bool isDigitSeparator(char32_t codePoint)
{
    return codePoint == U'.' || codePoint == U',';
}

/// Characters that join the grapheme before them even when that is a space (Unicode's Extend and ZWJ).
bool joinsPrevious(char32_t codePoint)
{
    return QChar::isMark(codePoint) || codePoint == 0x200C || codePoint == 0x200D ||
           (codePoint >= 0xFF9E && codePoint <= 0xFF9F) || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) ||
           (codePoint >= 0xE0020 && codePoint <= 0xE007F);
}

bool isNameCharacter(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint) || codePoint == U'_';
}

/// How many UTF-16 units of `text` from `position` are name characters (letters, digits, marks, _), also
/// counting the characters in `extra`.
qsizetype nameLength(QStringView text, qsizetype position, QStringView extra = {})
{
    qsizetype end = position;
    while (end < text.size()) {
        const char32_t codePoint = codePointAt(text, end);
        if (!isNameCharacter(codePoint) && !(codePoint < 0x10000 && extra.contains(QChar(char16_t(codePoint)))))
            break;
        end += codePoint >= 0x10000 ? 2 : 1;
    }
    return end - position;
}

/// A link runs to the next space or quote; the full stop or bracket after it belongs to the sentence.
qsizetype urlLength(QStringView text, qsizetype position)
{
    static constexpr QStringView sentencePunctuation = u".,;:!?'\"\u2026\u201d\u2019\u00bb";
    const QStringView rest = text.mid(position);
    const qsizetype scheme = rest.startsWith(u"https://", Qt::CaseInsensitive)  ? 8
                             : rest.startsWith(u"http://", Qt::CaseInsensitive) ? 7
                             : rest.startsWith(u"www.", Qt::CaseInsensitive)    ? 4
                                                                                : 0;
    if (scheme == 0)
        return 0;
    qsizetype end = scheme;
    while (end < rest.size() && !rest[end].isSpace() && rest[end] != u'<' && rest[end] != u'>' && rest[end] != u'"')
        ++end;
    while (end > scheme) {
        const QChar last = rest[end - 1];
        const QStringView kept = rest.left(end);
        if (sentencePunctuation.contains(last))
            --end;
        else if (last == u')' && kept.count(u'(') < kept.count(u')'))
            --end;
        else if (last == u']' && kept.count(u'[') < kept.count(u']'))
            --end;
        else
            break;
    }
    return end > scheme ? end : 0;
}

/// @name, @first.last or @name@server.example, as Mastodon and most networks write them.
qsizetype handleLength(QStringView text, qsizetype position)
{
    qsizetype end = position + 1;
    qsizetype part = nameLength(text, end);
    if (part == 0)
        return 0;
    end += part;
    while (end + 1 < text.size() && (text[end] == u'.' || text[end] == u'-') && (part = nameLength(text, end + 1)))
        end += 1 + part;
    if (end < text.size() && text[end] == u'@') {
        // The server only counts when it has a dot inside it: "@alice@work" is two things.
        qsizetype server = end + 1;
        int labels = 0;
        while ((part = nameLength(text, server, u"-")) > 0) {
            server += part;
            ++labels;
            if (server + 1 >= text.size() || text[server] != u'.' || nameLength(text, server + 1, u"-") == 0)
                break;
            ++server;
        }
        if (labels >= 2)
            end = server;
    }
    return end - position;
}

/// The length of a URL, @handle or #hashtag starting at `position`, or 0: these are kept whole because a
/// reader sees a changed link as one change, not as a changed path segment.
qsizetype wholeTokenLength(QStringView text, qsizetype position, bool afterWord)
{
    const QChar first = text[position];
    if (first == u'h' || first == u'H' || first == u'w' || first == u'W')
        return urlLength(text, position);
    if (first == u'@' && !afterWord)
        return handleLength(text, position);
    if (first == u'#' && !afterWord) {
        const qsizetype name = nameLength(text, position + 1);
        return name > 0 ? name + 1 : 0;
    }
    return 0;
}

/// Where each grapheme starts, then the end of the text.
QList<qsizetype> graphemeBounds(QStringView text)
{
    QList<qsizetype> bounds;
    bounds.reserve(text.size() + 1);
    bounds.append(0);
    // Below the combining accents at U+0300 nothing joins its neighbour but CR LF, and the boundary finder,
    // which classifies every character, is most of the cost of tokenizing such text.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x0300; })) {
        for (qsizetype position = 1; position < text.size(); ++position)
            if (text[position - 1] != u'\r' || text[position] != u'\n')
                bounds.append(position);
        bounds.append(text.size());
        return bounds;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype position = finder.toNextBoundary(); position != -1; position = finder.toNextBoundary())
        bounds.append(position);
    return bounds;
}

} // namespace

QList<QStringView> WordTokenizer::split(QStringView text)
{
    QList<QStringView> tokens;
    if (text.isEmpty())
        return tokens;
    tokens.reserve(text.size() / 4);

    // Work on graphemes, so an accent, a skin tone or a family emoji never ends up split between tokens.
    const QList<qsizetype> bounds = graphemeBounds(text);
    const qsizetype count = bounds.size() - 1;
    QList<char32_t> codePoints(count);
    QList<CharacterClass> classes(count);
    for (qsizetype g = 0; g < count; ++g) {
        codePoints[g] = codePointAt(text, bounds[g]);
        classes[g] = classify(codePoints[g]);
    }
    auto isWord = [&](qsizetype g) { return g >= 0 && g < count && classes[g] == CharacterClass::Word; };

    qsizetype g = 0;
    while (g < count) {
        const qsizetype start = bounds[g];
        qsizetype next = g + 1;
        if (const qsizetype whole = wholeTokenLength(text, start, isWord(g - 1)); whole > 0) {
            next = g;
            while (bounds[next] < start + whole)
                ++next;
        } else if (classes[g] == CharacterClass::Space) {
            while (next < count && classes[next] == CharacterClass::Space)
                ++next;
        } else if (classes[g] == CharacterClass::Word) {
            while (next < count) {
                if (classes[next] == CharacterClass::Word)
                    ++next;
                else if (isWord(next + 1) && (isApostrophe(codePoints[next]) || (isDigitSeparator(codePoints[next]) &&
                                                                                 QChar::isDigit(codePoints[next - 1]) &&
                                                                                 QChar::isDigit(codePoints[next + 1]))))
                    next += 2;
                else
                    break;
            }
        }
        tokens.append(text.mid(start, bounds[next] - start));
        g = next;
    }
    return tokens;
}

bool WordTokenizer::isSafeCut(QStringView text, qsizetype position)
{
    if (position <= 0 || position >= text.size())
        return true;
    // Tokens never mix whitespace with anything else, so a token starts where whitespace ends, unless what
    // follows joins the space's grapheme (a stray combining accent, a skin tone).
    return text[position - 1].isSpace() && !text[position].isSpace() && !text[position].isLowSurrogate() &&
           !joinsPrevious(codePointAt(text, position));
}

} // namespace Podium::Core
