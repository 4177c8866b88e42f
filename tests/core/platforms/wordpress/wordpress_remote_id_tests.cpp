#include "platforms/wordpress/wordpress_remote_id.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("WordPressRemoteId tells post ids from comment ids")
{
    const auto post = WordPressRemoteId::parse(QStringLiteral("42"));
    REQUIRE(post.has_value());
    CHECK(post->type == WordPressRemoteId::Type::Post);
    CHECK(post->number == 42);
    const auto comment = WordPressRemoteId::parse(QStringLiteral("comment-17"));
    REQUIRE(comment.has_value());
    CHECK(comment->type == WordPressRemoteId::Type::Comment);
    CHECK(comment->number == 17);
    CHECK(comment->toString() == QStringLiteral("comment-17"));
    const auto bareComment = WordPressRemoteId::parse(QStringLiteral("17"), WordPressRemoteId::Type::Comment);
    REQUIRE(bareComment.has_value());
    CHECK(bareComment->type == WordPressRemoteId::Type::Comment);
}

TEST_CASE("WordPressRemoteId refuses ids that are not positive numbers")
{
    CHECK_FALSE(WordPressRemoteId::parse(QString()).has_value());
    CHECK_FALSE(WordPressRemoteId::parse(QStringLiteral("abc")).has_value());
    CHECK_FALSE(WordPressRemoteId::parse(QStringLiteral("0")).has_value());
    CHECK_FALSE(WordPressRemoteId::parse(QStringLiteral("comment-")).has_value());
    CHECK_FALSE(WordPressRemoteId::parse(QStringLiteral("-3")).has_value());
}
