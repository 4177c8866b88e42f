#include "posts/myers_diff.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace Podium::Core;

namespace {

qsizetype longestCommonSubsequence(const QList<int>& a, const QList<int>& b)
{
    std::vector<std::vector<qsizetype>> table(size_t(a.size() + 1), std::vector<qsizetype>(size_t(b.size() + 1)));
    for (qsizetype i = 1; i <= a.size(); ++i)
        for (qsizetype j = 1; j <= b.size(); ++j)
            table[size_t(i)][size_t(j)] =
                a[i - 1] == b[j - 1] ? table[size_t(i - 1)][size_t(j - 1)] + 1
                                     : std::max(table[size_t(i - 1)][size_t(j)], table[size_t(i)][size_t(j - 1)]);
    return table[size_t(a.size())][size_t(b.size())];
}

QList<int> kept(const QList<int>& items, const QList<bool>& changed)
{
    QList<int> result;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!changed[i])
            result.append(items[i]);
    return result;
}

} // namespace

TEST_CASE("MyersDiff marks what was removed and added")
{
    const MyersDiff::Changes changes = MyersDiff::compare({1, 2, 3, 4}, {1, 5, 3, 4, 6});
    CHECK(changes.removed == QList<bool>{false, true, false, false});
    CHECK(changes.added == QList<bool>{false, true, false, false, true});
    CHECK(MyersDiff::compare({}, {1}).added == QList<bool>{true});
    CHECK(MyersDiff::compare({1}, {}).removed == QList<bool>{true});
}

TEST_CASE("MyersDiff finds a shortest edit script for random sequences")
{
    std::mt19937 random(1);
    for (int round = 0; round < 2000; ++round) {
        QList<int> a;
        QList<int> b;
        const int alphabet = std::uniform_int_distribution<int>(1, 6)(random);
        for (int i = std::uniform_int_distribution<int>(0, 40)(random); i > 0; --i)
            a.append(std::uniform_int_distribution<int>(0, alphabet)(random));
        for (int i = std::uniform_int_distribution<int>(0, 40)(random); i > 0; --i)
            b.append(std::uniform_int_distribution<int>(0, alphabet)(random));
        const MyersDiff::Changes changes = MyersDiff::compare(a, b);
        const QList<int> keptA = kept(a, changes.removed);
        REQUIRE(keptA == kept(b, changes.added));
        REQUIRE(keptA.size() == longestCommonSubsequence(a, b));
    }
}
