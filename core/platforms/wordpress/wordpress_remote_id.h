#pragma once

#include <QString>

#include <optional>

namespace Podium::Core {

/// The remote ids Podium hands out for WordPress: a post's number as it is ("42"), a comment's prefixed
/// ("comment-17"), because posts and comments are numbered separately.
struct WordPressRemoteId
{
    enum class Type
    {
        Post,
        Comment,
    };

    Type type = Type::Post;
    qint64 number = 0;

    /// Reads "42" as `bare` says (a post, or a comment where only a comment makes sense) and
    /// "comment-17" as a comment; nullopt for anything else.
    static std::optional<WordPressRemoteId> parse(const QString& text, Type bare = Type::Post);
    static QString forPost(qint64 number);
    static QString forComment(qint64 number);
    QString toString() const;
};

} // namespace Podium::Core
