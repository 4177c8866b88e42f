#pragma once

#include "common/result.h"
#include "platforms/outgoing_post.h"
#include "platforms/remote_post.h"

#include <functional>
#include <optional>

namespace Podium::Core {

class WordPressClient;

/// Comments and replies on WordPress (a reply is a comment with a parent): publishing them, and finding
/// one published earlier, which is how a retry or a `comment_duplicate` answer is resolved.
class WordPressComments
{
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;
    /// Supplies the signed-in user's id (fetched once by the platform).
    using UserId = std::function<void(Done<qint64>)>;

    WordPressComments(WordPressClient& client, UserId userId);

    void publish(const OutgoingPost& post, Done<RemotePost> done);
    void findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done);

private:
    struct Target
    {
        qint64 post = 0;
        qint64 parent = 0;
    };

    /// The post and parent comment `post.target` points at: a post id for a Comment, a comment id
    /// ("comment-17" or "17") for a Reply.
    void resolveTarget(const OutgoingPost& post, Done<Target> done);
    void create(const OutgoingPost& post, const Target& target, Done<RemotePost> done);
    /// Who may see what: moderators read everything with `context=edit`; others see approved comments
    /// and, asked separately, their own held ones, both only as rendered HTML.
    enum class Listing
    {
        Edit,
        Approved,
        Held,
    };
    void find(const OutgoingPost& post, const Target& target, Listing listing, Done<std::optional<RemotePost>> done);

    WordPressClient& m_client;
    UserId m_userId;
};

} // namespace Podium::Core
