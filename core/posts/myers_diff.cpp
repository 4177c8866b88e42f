#include "myers_diff.h"

#include <vector>

namespace Podium::Core {

namespace {

/// Splits the problem at the middle snake and recurses, as in Myers' paper (section 4b), so memory stays
/// linear even when two long texts have nothing in common.
class Bisection
{
public:
    Bisection(const QList<int>& a, const QList<int>& b, MyersDiff::Changes& changes)
        : m_a(a)
        , m_b(b)
        , m_changes(changes)
    {}

    void compare(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd)
    {
        while (aBegin < aEnd && bBegin < bEnd && m_a[aBegin] == m_b[bBegin])
            ++aBegin, ++bBegin;
        while (aBegin < aEnd && bBegin < bEnd && m_a[aEnd - 1] == m_b[bEnd - 1])
            --aEnd, --bEnd;
        qsizetype x = 0;
        qsizetype y = 0;
        const bool split = aBegin < aEnd && bBegin < bEnd && middleSnake(aBegin, aEnd, bBegin, bEnd, x, y);
        // A split must make both halves smaller, or the recursion would never end.
        if (!split || x < aBegin || x > aEnd || y < bBegin || y > bEnd || (x == aBegin && y == bBegin) ||
            (x == aEnd && y == bEnd)) {
            // Nothing left in common (or nothing left to split): everything here changed.
            for (qsizetype i = aBegin; i < aEnd; ++i)
                m_changes.removed[i] = true;
            for (qsizetype j = bBegin; j < bEnd; ++j)
                m_changes.added[j] = true;
            return;
        }
        compare(aBegin, x, bBegin, y);
        compare(x, aEnd, y, bEnd);
    }

private:
    /// Runs the forward and backward searches until they overlap; (x, y) is where the shortest path crosses.
    bool middleSnake(qsizetype aBegin, qsizetype aEnd, qsizetype bBegin, qsizetype bEnd, qsizetype& x, qsizetype& y)
    {
        const qsizetype n = aEnd - aBegin;
        const qsizetype m = bEnd - bBegin;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        m_forward.assign(size_t(length), -1);
        m_backward.assign(size_t(length), -1);
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        // With an odd delta the forward search meets the backward one; with an even delta it is the reverse.
        const bool forwardMeets = delta % 2 != 0;
        qsizetype k1Start = 0;
        qsizetype k1End = 0;
        qsizetype k2Start = 0;
        qsizetype k2End = 0;
        auto at = [](std::vector<qsizetype>& v, qsizetype index) -> qsizetype& { return v[size_t(index)]; };

        for (qsizetype d = 0; d < maxD; ++d) {
            for (qsizetype k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                const qsizetype k1Offset = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && at(m_forward, k1Offset - 1) < at(m_forward, k1Offset + 1)))
                                   ? at(m_forward, k1Offset + 1)
                                   : at(m_forward, k1Offset - 1) + 1;
                qsizetype y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[aBegin + x1] == m_b[bBegin + y1])
                    ++x1, ++y1;
                at(m_forward, k1Offset) = x1;
                if (x1 > n) {
                    k1End += 2; // ran off the right of the grid
                } else if (y1 > m) {
                    k1Start += 2; // ran off the bottom
                } else if (forwardMeets) {
                    const qsizetype k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && at(m_backward, k2Offset) != -1 &&
                        x1 >= n - at(m_backward, k2Offset)) {
                        x = aBegin + x1;
                        y = bBegin + y1;
                        return true;
                    }
                }
            }
            for (qsizetype k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                const qsizetype k2Offset = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && at(m_backward, k2Offset - 1) < at(m_backward, k2Offset + 1)))
                                   ? at(m_backward, k2Offset + 1)
                                   : at(m_backward, k2Offset - 1) + 1;
                qsizetype y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[aEnd - 1 - x2] == m_b[bEnd - 1 - y2])
                    ++x2, ++y2;
                at(m_backward, k2Offset) = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!forwardMeets) {
                    const qsizetype k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && at(m_forward, k1Offset) != -1) {
                        const qsizetype x1 = at(m_forward, k1Offset);
                        const qsizetype y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            x = aBegin + x1;
                            y = bBegin + y1;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    const QList<int>& m_a;
    const QList<int>& m_b;
    MyersDiff::Changes& m_changes;
    std::vector<qsizetype> m_forward;
    std::vector<qsizetype> m_backward;
};

} // namespace

MyersDiff::Changes MyersDiff::compare(const QList<int>& a, const QList<int>& b)
{
    Changes changes{QList<bool>(a.size(), false), QList<bool>(b.size(), false)};
    Bisection(a, b, changes).compare(0, a.size(), 0, b.size());
    return changes;
}

} // namespace Podium::Core
