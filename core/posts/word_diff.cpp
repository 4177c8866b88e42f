#include "word_diff.h"

#include "myers_diff.h"
#include "word_tokenizer.h"

#include <QHash>

#include <algorithm>

namespace Podium::Core {

namespace {

/// What sits on either side of a place where a change could start or end.
enum class TokenClass
{
    TextEdge,
    Space,
    LineBreak,
    Word,
    Other,
};

TokenClass classOf(QStringView token)
{
    const QChar first = token.front();
    const char32_t codePoint = token.size() > 1 && first.isHighSurrogate() && token[1].isLowSurrogate()
                                   ? QChar::surrogateToUcs4(first, token[1])
                                   : first.unicode();
    if (first.isSpace()) {
        const bool breaksLine = std::any_of(token.begin(), token.end(), [](QChar c) {
            return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
        });
        return breaksLine ? TokenClass::LineBreak : TokenClass::Space;
    }
    return QChar::isLetterOrNumber(codePoint) ? TokenClass::Word : TokenClass::Other;
}

/// The part of one text that differs from the other, split into tokens.
struct Side
{
    Side(const QString& whole, qsizetype begin, qsizetype end)
        : text(QStringView(whole).mid(begin, end - begin))
        , tokens(WordTokenizer::split(text))
        // The shared prefix and suffix were cut where a token starts after whitespace, so a character is
        // enough to tell what lies beyond each end.
        , leading(begin == 0 ? TokenClass::TextEdge : classOf(QStringView(whole).mid(begin - 1, 1)))
        , trailing(end == whole.size() ? TokenClass::TextEdge : classOf(QStringView(whole).mid(end, 2)))
    {
        starts.reserve(tokens.size() + 1);
        classes.reserve(tokens.size());
        for (const QStringView token : tokens) {
            starts.append(token.data() - text.data());
            classes.append(classOf(token));
        }
        starts.append(text.size());
    }

    /// The text of tokens [first, last).
    QStringView span(qsizetype first, qsizetype last) const
    {
        return text.mid(starts[first], starts[last] - starts[first]);
    }
    bool isSpace(qsizetype token) const { return tokens[token].front().isSpace(); }
    /// Also answers for the token just before the first and just after the last.
    TokenClass classAt(qsizetype token) const
    {
        return token < 0 ? leading : token >= classes.size() ? trailing : classes[token];
    }

    QStringView text;
    QList<QStringView> tokens;
    QList<qsizetype> starts;
    QList<TokenClass> classes;
    QList<int> ids;
    TokenClass leading;
    TokenClass trailing;
};

/// How natural a change's edge is between two tokens: best at the ends of the text, then where a line or a
/// word starts, then where a word ends; worst inside "team." between the word and its full stop.
int edgeQuality(TokenClass left, TokenClass right)
{
    auto isSpace = [](TokenClass c) { return c == TokenClass::Space || c == TokenClass::LineBreak; };
    if (left == TokenClass::TextEdge || right == TokenClass::TextEdge)
        return 6;
    if (isSpace(left) && !isSpace(right))
        return left == TokenClass::LineBreak ? 5 : 4;
    if (!isSpace(left) && isSpace(right))
        return right == TokenClass::LineBreak ? 4 : 3;
    if (left == TokenClass::Other || right == TokenClass::Other)
        return 1;
    return 0;
}

/// One place where the texts differ: tokens [aBegin, aEnd) of `before` became tokens [bBegin, bEnd) of `after`.
struct Hunk
{
    qsizetype aBegin = 0;
    qsizetype aEnd = 0;
    qsizetype bBegin = 0;
    qsizetype bEnd = 0;
};

// Trimming what the texts share before tokenizing is what keeps a small edit to a long post cheap.
qsizetype sharedPrefix(const QString& a, const QString& b)
{
    const qsizetype limit = std::min(a.size(), b.size());
    qsizetype length = 0;
    while (length < limit && a[length] == b[length])
        ++length;
    while (length > 0 && !(WordTokenizer::isSafeCut(a, length) && WordTokenizer::isSafeCut(b, length)))
        --length;
    return length;
}

qsizetype sharedSuffix(const QString& a, const QString& b, qsizetype limit)
{
    qsizetype length = 0;
    while (length < limit && a[a.size() - 1 - length] == b[b.size() - 1 - length])
        ++length;
    while (length > 0 &&
           !(WordTokenizer::isSafeCut(a, a.size() - length) && WordTokenizer::isSafeCut(b, b.size() - length)))
        --length;
    return length;
}

void assignIds(Side& before, Side& after)
{
    QHash<QStringView, int> ids;
    ids.reserve(before.tokens.size() + after.tokens.size());
    for (Side* side : {&before, &after}) {
        side->ids.reserve(side->tokens.size());
        for (const QStringView token : side->tokens) {
            auto id = ids.find(token);
            if (id == ids.end())
                id = ids.insert(token, int(ids.size()));
            side->ids.append(*id);
        }
    }
}

QList<Hunk> hunksOf(const MyersDiff::Changes& changes)
{
    QList<Hunk> hunks;
    const qsizetype aSize = changes.removed.size();
    const qsizetype bSize = changes.added.size();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < aSize || j < bSize) {
        if ((i < aSize && changes.removed[i]) || (j < bSize && changes.added[j])) {
            Hunk hunk{i, i, j, j};
            while (i < aSize && changes.removed[i])
                ++i;
            while (j < bSize && changes.added[j])
                ++j;
            hunk.aEnd = i;
            hunk.bEnd = j;
            hunks.append(hunk);
        } else {
            ++i;
            ++j;
        }
    }
    return hunks;
}

/// Moves a hunk that only inserts or only deletes along runs of repeated tokens; the other side's position
/// moves with it, so the tokens around it still pair up.
class PureHunk
{
public:
    PureHunk(Hunk& hunk, const Side& before, const Side& after)
        : m_hunk(hunk)
        , m_insertion(hunk.aBegin == hunk.aEnd)
        , m_side(m_insertion ? after : before)
    {}

    static bool isPure(const Hunk& hunk) { return hunk.aBegin == hunk.aEnd || hunk.bBegin == hunk.bEnd; }

    qsizetype begin() const { return m_insertion ? m_hunk.bBegin : m_hunk.aBegin; }
    qsizetype end() const { return m_insertion ? m_hunk.bEnd : m_hunk.aEnd; }
    qsizetype beginOf(const Hunk& other) const { return m_insertion ? other.bBegin : other.aBegin; }
    qsizetype endOf(const Hunk& other) const { return m_insertion ? other.bEnd : other.aEnd; }
    qsizetype sideSize() const { return m_side.tokens.size(); }

    /// Whether it can move `steps` tokens right (positive) or left (negative) and still spell both texts.
    bool canShift(qsizetype steps) const
    {
        for (qsizetype k = 0; k < steps; ++k)
            if (m_side.ids[begin() + k] != m_side.ids[end() + k])
                return false;
        for (qsizetype k = 0; k < -steps; ++k)
            if (m_side.ids[end() - 1 - k] != m_side.ids[begin() - 1 - k])
                return false;
        return true;
    }
    void shift(qsizetype steps)
    {
        m_hunk.aBegin += steps;
        m_hunk.aEnd += steps;
        m_hunk.bBegin += steps;
        m_hunk.bEnd += steps;
    }
    /// How well the change reads where it is now.
    int readability() const
    {
        return edgeQuality(m_side.classAt(begin() - 1), m_side.classAt(begin())) +
               edgeQuality(m_side.classAt(end() - 1), m_side.classAt(end()));
    }

private:
    Hunk& m_hunk;
    bool m_insertion;
    const Side& m_side;
};

/// Equally short edit scripts can cut one inserted phrase into pieces with a shared space between them
/// ("x[ new] [words ]y"); where a piece can move up to its neighbour, move it and make them one change.
void join(QList<Hunk>& hunks, const Side& before, const Side& after)
{
    qsizetype h = 0;
    while (h < hunks.size()) {
        if (PureHunk::isPure(hunks[h])) {
            PureHunk hunk(hunks[h], before, after);
            if (h + 1 < hunks.size() && hunk.canShift(hunk.beginOf(hunks[h + 1]) - hunk.end())) {
                hunk.shift(hunk.beginOf(hunks[h + 1]) - hunk.end());
                hunks[h].aEnd = hunks[h + 1].aEnd;
                hunks[h].bEnd = hunks[h + 1].bEnd;
                hunks.removeAt(h + 1);
                continue;
            }
            if (h > 0 && hunk.canShift(hunk.endOf(hunks[h - 1]) - hunk.begin())) {
                hunk.shift(hunk.endOf(hunks[h - 1]) - hunk.begin());
                hunks[h - 1].aEnd = hunks[h].aEnd;
                hunks[h - 1].bEnd = hunks[h].bEnd;
                hunks.removeAt(h);
                --h;
                continue;
            }
        }
        ++h;
    }
}

/// A pure insertion or deletion inside repeated tokens can sit in several places and the edit script picks
/// one arbitrarily. Move it to where it reads best, so "hello world" to "hello big world" adds "big ", not
/// " big".
void slide(QList<Hunk>& hunks, const Side& before, const Side& after)
{
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        if (!PureHunk::isPure(hunks[h]))
            continue;
        PureHunk hunk(hunks[h], before, after);
        // Keep at least one shared token between hunks, so they stay separate changes.
        const qsizetype lowest = h > 0 ? hunk.endOf(hunks[h - 1]) + 1 : 0;
        const qsizetype highest = h + 1 < hunks.size() ? hunk.beginOf(hunks[h + 1]) - 1 : hunk.sideSize();
        while (hunk.begin() > lowest && hunk.canShift(-1))
            hunk.shift(-1);
        qsizetype moved = 0;
        qsizetype best = 0;
        int bestReadability = hunk.readability();
        while (hunk.end() < highest && hunk.canShift(1)) {
            hunk.shift(1);
            ++moved;
            if (hunk.readability() > bestReadability) {
                best = moved;
                bestReadability = hunk.readability();
            }
        }
        hunk.shift(best - moved);
    }
}

bool isAllSpace(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

/// How much two runs of whitespace share at their start, never ending between the CR and LF of a line break.
qsizetype sharedSpace(const QString& a, const QString& b)
{
    const qsizetype limit = std::min(a.size(), b.size());
    qsizetype length = 0;
    while (length < limit && a[length] == b[length])
        ++length;
    auto splitsLineBreak = [&](const QString& text) { return length < text.size() && text[length] == u'\n'; };
    if (length > 0 && a[length - 1] == u'\r' && (splitsLineBreak(a) || splitsLineBreak(b)))
        --length;
    return length;
}

/// Builds the segments, merging neighbours of one kind.
class SegmentList
{
public:
    void append(DiffSegment::Kind kind, QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!m_segments.isEmpty() && m_segments.last().kind == kind)
            m_segments.last().text += text;
        else
            m_segments.append(DiffSegment{kind, text.toString()});
    }
    QList<DiffSegment> take() { return std::move(m_segments); }

private:
    QList<DiffSegment> m_segments;
};

} // namespace

QList<DiffSegment> WordDiff::compare(const QString& before, const QString& after)
{
    const qsizetype prefix = sharedPrefix(before, after);
    const qsizetype suffix = sharedSuffix(before, after, std::min(before.size(), after.size()) - prefix);
    Side a(before, prefix, before.size() - suffix);
    Side b(after, prefix, after.size() - suffix);
    assignIds(a, b);
    QList<Hunk> hunks = hunksOf(MyersDiff::compare(a.ids, b.ids));
    join(hunks, a, b);
    slide(hunks, a, b);

    SegmentList segments;
    segments.append(DiffSegment::Kind::Same, QStringView(before).left(prefix));
    QString removed;
    QString added;
    auto flush = [&] {
        if (isAllSpace(removed) && isAllSpace(added)) {
            // "\n" becoming "\n\n" is one added line break, not a removed break and two added ones.
            const qsizetype common = sharedSpace(removed, added);
            segments.append(DiffSegment::Kind::Same, QStringView(removed).left(common));
            removed.remove(0, common);
            added.remove(0, common);
        }
        segments.append(DiffSegment::Kind::Removed, removed);
        segments.append(DiffSegment::Kind::Added, added);
        removed.clear();
        added.clear();
    };
    qsizetype aDone = 0;
    for (qsizetype h = 0; h < hunks.size(); ++h) {
        const Hunk& hunk = hunks[h];
        const QStringView same = a.span(aDone, hunk.aBegin);
        // A lone space between two changes would chop one rewritten phrase into word-by-word pairs
        // ("~~the~~ a ~~quick~~ slow"); counting it as changed too keeps the phrase together.
        // Only between a removal and an addition, though: two insertions with a space between are not a
        // replaced space.
        const bool onlySpaceBetween = h > 0 && hunk.aBegin - aDone == 1 && a.isSpace(aDone);
        const bool replaces =
            (!removed.isEmpty() || hunk.aBegin < hunk.aEnd) && (!added.isEmpty() || hunk.bBegin < hunk.bEnd);
        if (onlySpaceBetween && replaces) {
            removed += same;
            added += same;
        } else {
            flush();
            segments.append(DiffSegment::Kind::Same, same);
        }
        removed += a.span(hunk.aBegin, hunk.aEnd);
        added += b.span(hunk.bBegin, hunk.bEnd);
        aDone = hunk.aEnd;
    }
    flush();
    segments.append(DiffSegment::Kind::Same, a.span(aDone, a.tokens.size()));
    segments.append(DiffSegment::Kind::Same, QStringView(before).right(suffix));
    return segments.take();
}

} // namespace Podium::Core
