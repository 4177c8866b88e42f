#include "coaching/suggestion_library.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("SuggestionLibrary offers a tier's own ideas before easier ones")
{
    const SuggestionLibrary library;
    const QList<Suggestion> first = library.forTier(1, PostKind::Status);
    REQUIRE(first.size() == 3);
    for (const Suggestion& idea : first) {
        CHECK(idea.tier == 1);
        CHECK_FALSE(idea.starter.isEmpty());
    }
    const QList<Suggestion> second = library.forTier(2, PostKind::Status);
    REQUIRE_FALSE(second.isEmpty());
    CHECK(second.first().tier == 2);
    CHECK(second.last().tier == 1);
}

TEST_CASE("SuggestionLibrary still has an idea for a kind the tier has none for")
{
    const SuggestionLibrary library;
    const QList<Suggestion> replies = library.forTier(1, PostKind::Reply);
    REQUIRE(replies.size() == 1);
    CHECK(replies.first().kind == PostKind::Reply);
    CHECK(library.forTier(3, PostKind::Follow).isEmpty());
}
