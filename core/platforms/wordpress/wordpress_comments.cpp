#include "wordpress_comments.h"

#include "html_text.h"
#include "wordpress_client.h"
#include "wordpress_json.h"
#include "wordpress_remote_id.h"

namespace Podium::Core {

namespace {

const QString commentFields = QStringLiteral("id,post,parent,status,link,date_gmt,content");

} // namespace

WordPressComments::WordPressComments(WordPressClient& client, UserId userId)
    : m_client(client)
    , m_userId(std::move(userId))
{}

void WordPressComments::publish(const OutgoingPost& post, Done<RemotePost> done)
{
    resolveTarget(post, [this, post, done](Result<Target> target) {
        if (!target) {
            done(target.error());
            return;
        }
        create(post, *target, done);
    });
}

void WordPressComments::findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done)
{
    resolveTarget(post, [this, post, done](Result<Target> target) {
        if (!target) {
            done(target.error());
            return;
        }
        find(post, *target, Listing::Edit, done);
    });
}

void WordPressComments::resolveTarget(const OutgoingPost& post, Done<Target> done)
{
    const auto bare = post.kind == PostKind::Reply ? WordPressRemoteId::Type::Comment : WordPressRemoteId::Type::Post;
    const std::optional<WordPressRemoteId> id = WordPressRemoteId::parse(post.target, bare);
    if (!id) {
        m_client.later([done, target = post.target] {
            done(Error{ErrorCode::PlatformTargetNotFound,
                       QStringLiteral("'%1' is not a WordPress post or comment id").arg(target)});
        });
        return;
    }
    if (id->type == WordPressRemoteId::Type::Post) {
        m_client.later([done, number = id->number] { done(Target{number, 0}); });
        return;
    }
    // A reply names only the comment it answers; WordPress also wants that comment's post.
    const QString route = QStringLiteral("/wp/v2/comments/%1").arg(id->number);
    m_client.get(route, QUrlQuery{{QStringLiteral("_fields"), QStringLiteral("id,post")}},
                 [this, done, parent = id->number](Result<HttpResponse> answer) {
                     const auto comment = m_client.object(answer);
                     if (!comment) {
                         done(comment.error());
                         return;
                     }
                     const qint64 postId = comment->value(QLatin1String("post")).toInteger();
                     if (postId <= 0) {
                         done(Error{ErrorCode::PlatformBadResponse,
                                    QStringLiteral("WordPress sent comment %1 without its post").arg(parent)});
                         return;
                     }
                     done(Target{postId, parent});
                 });
}

void WordPressComments::create(const OutgoingPost& post, const Target& target, Done<RemotePost> done)
{
    QJsonObject body{{QStringLiteral("post"), target.post}, {QStringLiteral("content"), post.body}};
    if (target.parent > 0)
        body.insert(QStringLiteral("parent"), target.parent);
    const QUrlQuery query{{QStringLiteral("_fields"), commentFields}};
    m_client.post(QStringLiteral("/wp/v2/comments"), query, body,
                  [this, post, target, done](Result<HttpResponse> answer) {
                      if (answer && answer->status == 409 &&
                          WordPressJson::errorCode(answer->body) == QLatin1String("comment_duplicate")) {
                          // Sent before (an answer lost on the way back): the earlier comment is this one.
                          const Error duplicate = m_client.errorFor(*answer);
                          find(post, target, Listing::Edit, [done, duplicate](Result<std::optional<RemotePost>> found) {
                              if (!found)
                                  done(found.error());
                              else if (!found->has_value())
                                  done(duplicate);
                              else
                                  done(**found);
                          });
                          return;
                      }
                      const auto comment = m_client.object(answer);
                      if (!comment) {
                          done(comment.error());
                          return;
                      }
                      done(WordPressJson::comment(*comment));
                  });
}

void WordPressComments::find(const OutgoingPost& post, const Target& target, Listing listing,
                             Done<std::optional<RemotePost>> done)
{
    m_userId([this, post, target, listing, done](Result<qint64> me) {
        if (!me) {
            done(me.error());
            return;
        }
        QUrlQuery query{{QStringLiteral("post"), QString::number(target.post)},
                        {QStringLiteral("parent"), QString::number(target.parent)},
                        {QStringLiteral("author"), QString::number(*me)},
                        {QStringLiteral("per_page"), QStringLiteral("100")},
                        {QStringLiteral("orderby"), QStringLiteral("date_gmt")},
                        {QStringLiteral("order"), QStringLiteral("desc")},
                        {QStringLiteral("_fields"), commentFields}};
        if (listing == Listing::Edit) {
            query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
            query.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
        } else if (listing == Listing::Held) {
            query.addQueryItem(QStringLiteral("status"), QStringLiteral("hold"));
        }
        m_client.get(
            QStringLiteral("/wp/v2/comments"), query, [this, post, target, listing, done](Result<HttpResponse> answer) {
                if (listing == Listing::Edit && answer && (answer->status == 401 || answer->status == 403)) {
                    find(post, target, Listing::Approved, done);
                    return;
                }
                const auto comments = m_client.array(answer);
                if (!comments) {
                    done(comments.error());
                    return;
                }
                const QString wanted = post.body.trimmed();
                const QString wantedLetters = HtmlText::comparable(wanted);
                for (const QJsonValue& value : *comments) {
                    const QJsonObject comment = value.toObject();
                    const QJsonObject content = comment.value(QLatin1String("content")).toObject();
                    const QJsonValue raw = content.value(QLatin1String("raw"));
                    const bool same = raw.isString()
                                          ? raw.toString().trimmed() == wanted
                                          : HtmlText::comparable(content.value(QLatin1String("rendered")).toString()) ==
                                                wantedLetters;
                    if (!same)
                        continue;
                    auto remote = WordPressJson::comment(comment);
                    if (!remote)
                        done(remote.error());
                    else
                        done(std::optional<RemotePost>(*remote));
                    return;
                }
                if (listing == Listing::Approved)
                    find(post, target, Listing::Held, done);
                else
                    done(std::optional<RemotePost>());
            });
    });
}

} // namespace Podium::Core
