#include "canned_http_server.h"
#include "common/system_clock.h"
#include "fake_clock.h"
#include "platforms/wordpress/wordpress_platform.h"
#include "wordpress_server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QUuid>

using namespace Podium::Core;
using Podium::Tests::await;
using Podium::Tests::CannedHttpServer;
using Podium::Tests::FakeClock;
using Podium::Tests::WordPressServer;

namespace {

OutgoingPost article(const QString& title, const QString& body = QStringLiteral("Written in Podium's tests."))
{
    OutgoingPost post;
    post.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.kind = PostKind::Article;
    post.title = title;
    post.body = body;
    return post;
}

OutgoingPost comment(const QString& target, const QString& body, PostKind kind = PostKind::Comment)
{
    OutgoingPost post;
    post.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.kind = kind;
    post.target = target;
    post.body = body;
    return post;
}

/// A text no other test (or earlier run) has sent, so WordPress's duplicate check stays out of the way.
QString unique(const QString& text)
{
    return text + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// Like await(), and prints how long the call took when PODIUM_TEST_TIMINGS is set.
template <typename T>
Result<T> timed(const char* what, const std::function<void(std::function<void(Result<T>)>)>& start)
{
    QElapsedTimer timer;
    timer.start();
    Result<T> result = await<T>(start);
    if (qEnvironmentVariableIsSet("PODIUM_TEST_TIMINGS"))
        qInfo("wordpress timing: %s %lld ms", what, timer.elapsed());
    return result;
}

/// The real server, signed in as its admin (or another account).
struct Session
{
    explicit Session(const WordPressServer& wordpress, const QString& user = {}, const QString& appPassword = {})
        : server(wordpress)
        , platform(&network, clock, server.url(), user.isEmpty() ? server.user() : user,
                   appPassword.isEmpty() ? server.appPassword() : appPassword)
    {}

    Result<RemotePost> publish(const OutgoingPost& post)
    {
        return timed<RemotePost>("publish", [&](auto done) { platform.publish(post, done); });
    }
    Result<std::optional<RemotePost>> find(const OutgoingPost& post)
    {
        return timed<std::optional<RemotePost>>("findPublished",
                                                [&](auto done) { platform.findPublished(post, done); });
    }
    Result<RemotePost> confirm(const QString& remoteId)
    {
        return timed<RemotePost>("confirmLive", [&](auto done) { platform.confirmLive(remoteId, done); });
    }

    WordPressServer server;
    SystemClock clock;
    QNetworkAccessManager network;
    WordPressPlatform platform;
};

int postsWithSlug(const WordPressServer& server, const QString& slug)
{
    const HttpResponse answer = server.rest(
        "GET", QStringLiteral("/wp/v2/posts?context=edit&status=publish,future,draft,pending,private&slug=") + slug);
    REQUIRE(answer.status == 200);
    return int(QJsonDocument::fromJson(answer.body).array().size());
}

} // namespace

TEST_CASE("WordPressPlatform offers articles, comments, replies and native scheduling, nothing else")
{
    FakeClock clock;
    QNetworkAccessManager network;
    const WordPressPlatform platform(&network, clock, QUrl(QStringLiteral("https://blog.example.com")),
                                     QStringLiteral("dana"), QStringLiteral("secret"));
    const PlatformCapabilities capabilities = platform.capabilities();
    CHECK(platform.kind() == PlatformKind::WordPress);
    CHECK(capabilities.articles);
    CHECK(capabilities.comments);
    CHECK(capabilities.replies);
    CHECK(capabilities.nativeScheduling);
    CHECK(capabilities.minimumScheduleLeadSeconds == 60);
    CHECK_FALSE(capabilities.likes);
    CHECK_FALSE(capabilities.follows);
    CHECK_FALSE(capabilities.statuses);
    CHECK(capabilities.maxCharacters == 0);
    CHECK(capabilities.charactersPerUrl == 0);
}

TEST_CASE("WordPressPlatform derives a lowercase slug from the post's UUID")
{
    CHECK(WordPressPlatform::slugFor(QStringLiteral("{6F9619FF-8B86-D011-B42D-00C04FC964FF}")) ==
          QStringLiteral("podium-6f9619ff-8b86-d011-b42d-00c04fc964ff"));
    CHECK(WordPressPlatform::slugFor(QStringLiteral("6f9619ff-8b86-d011-b42d-00c04fc964ff")) ==
          QStringLiteral("podium-6f9619ff-8b86-d011-b42d-00c04fc964ff"));
    CHECK(WordPressPlatform::slugFor(QStringLiteral("Post 7/B")) == QStringLiteral("podium-post-7-b"));
}

TEST_CASE("WordPressPlatform refuses statuses, likes and follows later, without asking the server")
{
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressPlatform platform(&network, clock, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("dana"),
                               QStringLiteral("secret"));
    OutgoingPost status;
    status.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    status.kind = PostKind::Status;
    status.body = QStringLiteral("Hello");
    CHECK(await<RemotePost>([&](auto done) { platform.publish(status, done); }).error().code ==
          ErrorCode::PlatformUnsupported);
    CHECK(await<std::optional<RemotePost>>([&](auto done) { platform.findPublished(status, done); }).error().code ==
          ErrorCode::PlatformUnsupported);
    CHECK(await<void>([&](auto done) { platform.like(QStringLiteral("7"), done); }).error().code ==
          ErrorCode::PlatformUnsupported);
    CHECK(await<void>([&](auto done) { platform.follow(QStringLiteral("2"), done); }).error().code ==
          ErrorCode::PlatformUnsupported);
    CHECK(await<QList<Engagement>>([&](auto done) { platform.fetchEngagement({}, done); })->isEmpty());
    CHECK(await<QList<Engagement>>([&](auto done) {
              platform.fetchEngagement({QStringLiteral("7"), QStringLiteral("not-an-id")}, done);
          })
              .error()
              .code == ErrorCode::PlatformTargetNotFound);
}

TEST_CASE("WordPressPlatform refuses an article without a post id, which it could not publish only once")
{
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressPlatform platform(&network, clock, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("dana"),
                               QStringLiteral("secret"));
    OutgoingPost post = article(QStringLiteral("Anonymous"));
    post.id.clear();
    CHECK(await<RemotePost>([&](auto done) { platform.publish(post, done); }).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(await<std::optional<RemotePost>>([&](auto done) { platform.findPublished(post, done); }).error().code ==
          ErrorCode::InvalidArgument);
}

TEST_CASE("WordPressPlatform refuses to hand off an article due in less than a minute")
{
    // WordPress itself would publish such a post at once, ahead of its time.
    FakeClock clock;
    QNetworkAccessManager network;
    WordPressPlatform platform(&network, clock, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("dana"),
                               QStringLiteral("secret"));
    OutgoingPost post = article(QStringLiteral("Too soon"));
    post.scheduledAt = clock.now().addSecs(30);
    const auto result = await<RemotePost>([&](auto done) { platform.publish(post, done); });
    REQUIRE_FALSE(result.hasValue());
    CHECK(result.error().code == ErrorCode::PlatformScheduleTooSoon);
}

TEST_CASE("WordPressPlatform says a web site that is not WordPress has an invalid address")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray&) {
        return CannedHttpServer::Answer{200, "text/html", "<html><body>A company home page</body></html>"};
    });
    SystemClock clock;
    QNetworkAccessManager network;
    WordPressPlatform platform(&network, clock, site.url(), QStringLiteral("dana"), QStringLiteral("secret"));
    const auto identity = await<AccountIdentity>([&](auto done) { platform.checkCredential(done); });
    REQUIRE_FALSE(identity.hasValue());
    CHECK(identity.error().code == ErrorCode::PlatformUrlInvalid);
    CHECK(identity.error().detail.contains(QStringLiteral("No WordPress site")));
    const auto capabilities = await<PlatformCapabilities>([&](auto done) { platform.refreshCapabilities(done); });
    CHECK(capabilities.error().code == ErrorCode::PlatformUrlInvalid);
}

TEST_CASE("WordPressPlatform checks a real credential and says whose it is", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto identity =
        timed<AccountIdentity>("checkCredential (first)", [&](auto done) { session.platform.checkCredential(done); });
    REQUIRE(identity.hasValue());
    CHECK(identity->handle == session.server.user());
    CHECK_FALSE(identity->remoteId.isEmpty());
    CHECK(identity->profileUrl.isValid());
    const auto again =
        timed<AccountIdentity>("checkCredential (again)", [&](auto done) { session.platform.checkCredential(done); });
    CHECK(again.hasValue());
    const auto capabilities =
        await<PlatformCapabilities>([&](auto done) { session.platform.refreshCapabilities(done); });
    REQUIRE(capabilities.hasValue());
    CHECK(capabilities->articles);
}

TEST_CASE("WordPressPlatform reports a wrong application password as refused", "[wordpress]")
{
    const WordPressServer server = WordPressServer::fromEnvironment();
    Session session(server, server.user(), QStringLiteral("abcdABCD1234abcdABCD1234"));
    const auto identity = await<AccountIdentity>([&](auto done) { session.platform.checkCredential(done); });
    REQUIRE_FALSE(identity.hasValue());
    CHECK(identity.error().code == ErrorCode::PlatformCredentialRefused);
    const auto published = session.publish(article(QStringLiteral("Never")));
    REQUIRE_FALSE(published.hasValue());
    CHECK(published.error().code == ErrorCode::PlatformCredentialRefused);
}

TEST_CASE("WordPressPlatform publishes an article that readers can open at its URL", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const OutgoingPost post = article(QStringLiteral("Our quarter in review"));
    const auto published = session.publish(post);
    REQUIRE(published.hasValue());
    CHECK(published->state == RemotePost::State::Live);
    CHECK(published->url.toString().contains(WordPressPlatform::slugFor(post.id)));
    CHECK(qAbs(published->publishedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    CHECK(session.server.fetch(published->url).status == 200);

    const auto confirmed = session.confirm(published->remoteId);
    REQUIRE(confirmed.hasValue());
    CHECK(confirmed->state == RemotePost::State::Live);
    CHECK(confirmed->url == published->url);
}

TEST_CASE("WordPressPlatform publishes an article once when retried with the same post id", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const OutgoingPost post = article(QStringLiteral("Sent twice"));
    const auto unpublished = session.find(post);
    REQUIRE(unpublished.hasValue());
    CHECK_FALSE(unpublished->has_value());

    const auto first = session.publish(post);
    REQUIRE(first.hasValue());
    // The answer was lost: the publisher looks first, as after a crash, and finds the post.
    const auto found = session.find(post);
    REQUIRE(found.hasValue());
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == first->remoteId);
    CHECK((*found)->state == RemotePost::State::Live);
    // Even a blind second send finds the first post instead of making another.
    const auto second = session.publish(post);
    REQUIRE(second.hasValue());
    CHECK(second->remoteId == first->remoteId);
    CHECK(postsWithSlug(session.server, WordPressPlatform::slugFor(post.id)) == 1);
}

TEST_CASE("WordPressPlatform hands a scheduled article to WordPress, which publishes it at its time", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    OutgoingPost post = article(QStringLiteral("Out while the laptop is closed"));
    // WordPress publishes at once anything dated less than a minute ahead: this is the shortest hand-off.
    post.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(63);
    const auto handedOff = session.publish(post);
    REQUIRE(handedOff.hasValue());
    CHECK(handedOff->state == RemotePost::State::ScheduledOnServer);
    CHECK(handedOff->url.isEmpty());
    CHECK(handedOff->publishedAt.toSecsSinceEpoch() == post.scheduledAt.toSecsSinceEpoch());
    const auto waiting = session.confirm(handedOff->remoteId);
    REQUIRE(waiting.hasValue());
    CHECK(waiting->state == RemotePost::State::ScheduledOnServer);

    Podium::Tests::pause(int(QDateTime::currentDateTimeUtc().msecsTo(post.scheduledAt)) + 1000);
    // The test server starts WP-Cron only when asked (wordpress-server.sh), so the test asks for it after
    // the due time, again until the post is live; the bound leaves room for a slow, loaded machine.
    const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(75);
    Result<RemotePost> live = Error{};
    do {
        CHECK(session.server.fetch(QUrl(session.server.url().toString() + QStringLiteral("/wp-cron.php"))).status ==
              200);
        live = session.confirm(handedOff->remoteId);
        if (live && live->state == RemotePost::State::Live)
            break;
        Podium::Tests::pause(1000);
    } while (QDateTime::currentDateTimeUtc() < deadline);
    REQUIRE(live.hasValue());
    CHECK(live->state == RemotePost::State::Live);
    CHECK(session.server.fetch(live->url).status == 200);
}

TEST_CASE("WordPressPlatform comments on a post and replies to the comment", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto target = session.publish(article(QStringLiteral("Something to talk about")));
    REQUIRE(target.hasValue());

    const auto commented = session.publish(comment(target->remoteId, unique(QStringLiteral("Great point, & more!"))));
    REQUIRE(commented.hasValue());
    CHECK(commented->remoteId.startsWith(QStringLiteral("comment-")));
    CHECK(commented->state == RemotePost::State::Live);
    CHECK(commented->url.fragment().startsWith(QStringLiteral("comment-")));

    const auto replied =
        session.publish(comment(commented->remoteId, unique(QStringLiteral("Thanks, agreed.")), PostKind::Reply));
    REQUIRE(replied.hasValue());
    CHECK(replied->remoteId != commented->remoteId);
    const HttpResponse reply =
        session.server.rest("GET", QStringLiteral("/wp/v2/comments/") + replied->remoteId.mid(8));
    REQUIRE(reply.status == 200);
    const QJsonObject replyObject = QJsonDocument::fromJson(reply.body).object();
    CHECK(QString::number(replyObject.value(QLatin1String("parent")).toInteger()) == commented->remoteId.mid(8));
    CHECK(QString::number(replyObject.value(QLatin1String("post")).toInteger()) == target->remoteId);

    const auto confirmed = session.confirm(replied->remoteId);
    REQUIRE(confirmed.hasValue());
    CHECK(confirmed->url == replied->url);
}

TEST_CASE("WordPressPlatform resolves a duplicate comment to the one already there", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto target = session.publish(article(QStringLiteral("Say it twice")));
    REQUIRE(target.hasValue());
    const OutgoingPost post = comment(target->remoteId, unique(QStringLiteral("It's \"great\" -- really...")));

    const auto first = session.publish(post);
    REQUIRE(first.hasValue());
    // WordPress answers the second send with 409 comment_duplicate.
    const auto second = session.publish(post);
    REQUIRE(second.hasValue());
    CHECK(second->remoteId == first->remoteId);

    const auto found = session.find(post);
    REQUIRE(found.hasValue());
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == first->remoteId);
    const auto notYet = session.find(comment(target->remoteId, unique(QStringLiteral("Never sent"))));
    REQUIRE(notYet.hasValue());
    CHECK_FALSE(notYet->has_value());
}

TEST_CASE("WordPressPlatform finds an author's own comment without moderator rights", "[wordpress]")
{
    // An author may not read comments with context=edit; the rendered text is compared instead.
    const WordPressServer server = WordPressServer::fromEnvironment();
    const WordPressServer::Account author = server.createAuthor(QStringLiteral("Robin Author"));
    // Robin comments on the admin's post: only the feed test may add posts by others than the admin.
    const auto target = Session(server).publish(article(QStringLiteral("For Robin to comment on")));
    REQUIRE(target.hasValue());
    Session session(server, author.user, author.appPassword);
    const OutgoingPost post = comment(target->remoteId, unique(QStringLiteral("Don't \"miss\" this -- ok...")));
    const auto first = session.publish(post);
    REQUIRE(first.hasValue());
    const auto found = session.find(post);
    REQUIRE(found.hasValue());
    REQUIRE(found->has_value());
    CHECK((*found)->remoteId == first->remoteId);
    const auto second = session.publish(post);
    REQUIRE(second.hasValue());
    CHECK(second->remoteId == first->remoteId);
}

TEST_CASE("WordPressPlatform lists another author's posts in the feed, page by page", "[wordpress]")
{
    const WordPressServer server = WordPressServer::fromEnvironment();
    const WordPressServer::Account colleague = server.createAuthor(QStringLiteral("Sam O'Neil"));
    Session colleagueSession(server, colleague.user, colleague.appPassword);
    const auto older = colleagueSession.publish(article(QStringLiteral("Team lunch on Friday")));
    REQUIRE(older.hasValue());
    // WordPress dates to the second and leaves ties unordered: a second apart keeps the pages stable.
    Podium::Tests::pause(1100);
    const auto newer = colleagueSession.publish(
        article(QStringLiteral("What we shipped & why"), QStringLiteral("<p>The new <b>release</b> is out.</p>")));
    REQUIRE(newer.hasValue());

    Session session(server);
    REQUIRE(session.publish(comment(newer->remoteId, unique(QStringLiteral("Congratulations!")))).hasValue());
    const auto ownPost = session.publish(article(QStringLiteral("By the executive")));
    REQUIRE(ownPost.hasValue());
    const auto feed = timed<FeedPage>("fetchFeed", [&](auto done) { session.platform.fetchFeed({100, {}}, done); });
    REQUIRE(feed.hasValue());
    const FeedItem* item = nullptr;
    for (const FeedItem& candidate : feed->items) {
        CHECK(candidate.remoteId != ownPost->remoteId);
        if (candidate.remoteId == newer->remoteId)
            item = &candidate;
    }
    REQUIRE(item != nullptr);
    CHECK(item->authorName == QStringLiteral("Sam O'Neil"));
    CHECK(item->authorId == QString::number(colleague.id));
    CHECK(item->authorTitle.isEmpty());
    CHECK(item->text == QStringLiteral("What we shipped & why\n\nThe new release is out."));
    CHECK(item->url == newer->url);
    CHECK(item->likes == 0);
    CHECK(item->replies == 1);

    const auto firstPage = await<FeedPage>([&](auto done) { session.platform.fetchFeed({1, {}}, done); });
    REQUIRE(firstPage.hasValue());
    REQUIRE(firstPage->items.size() == 1);
    REQUIRE_FALSE(firstPage->nextCursor.isEmpty());
    const auto secondPage = await<FeedPage>([&](auto done) {
        session.platform.fetchFeed({1, firstPage->nextCursor}, done);
    });
    REQUIRE(secondPage.hasValue());
    REQUIRE(secondPage->items.size() == 1);
    CHECK(firstPage->items.at(0).remoteId == newer->remoteId);
    CHECK(secondPage->items.at(0).remoteId == older->remoteId);
    CHECK(secondPage->items.at(0).createdAt <= firstPage->items.at(0).createdAt);
}

TEST_CASE("WordPressPlatform counts comments and replies as engagement", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto target = session.publish(article(QStringLiteral("Please discuss")));
    REQUIRE(target.hasValue());
    const auto quiet = session.publish(article(QStringLiteral("Nobody answers")));
    REQUIRE(quiet.hasValue());
    const auto first = session.publish(comment(target->remoteId, unique(QStringLiteral("First"))));
    REQUIRE(first.hasValue());
    REQUIRE(session.publish(comment(target->remoteId, unique(QStringLiteral("Second")))).hasValue());
    REQUIRE(session.publish(comment(first->remoteId, unique(QStringLiteral("Reply")), PostKind::Reply)).hasValue());

    const auto engagement = timed<QList<Engagement>>("fetchEngagement (3 ids)", [&](auto done) {
        session.platform.fetchEngagement({target->remoteId, quiet->remoteId, first->remoteId}, done);
    });
    REQUIRE(engagement.hasValue());
    REQUIRE(engagement->size() == 3);
    CHECK(engagement->at(0).remoteId == target->remoteId);
    CHECK(engagement->at(0).replies == 3);
    CHECK(engagement->at(1).replies == 0);
    CHECK(engagement->at(2).replies == 1);
    for (const Engagement& each : *engagement) {
        CHECK(each.likes == 0);
        CHECK(each.reposts == 0);
    }
}

TEST_CASE("WordPressPlatform passes on WordPress's reason when it rejects a post", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto target = session.publish(article(QStringLiteral("Empty comments are refused")));
    REQUIRE(target.hasValue());
    const auto rejected = session.publish(comment(target->remoteId, QString()));
    REQUIRE_FALSE(rejected.hasValue());
    CHECK(rejected.error().code == ErrorCode::PlatformRejected);
    CHECK(rejected.error().detail == QStringLiteral("Invalid comment content."));
}

TEST_CASE("WordPressPlatform reports a trashed or missing post as not found", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const auto published = session.publish(article(QStringLiteral("Soon in the trash")));
    REQUIRE(published.hasValue());
    REQUIRE(session.server.rest("DELETE", QStringLiteral("/wp/v2/posts/") + published->remoteId).status == 200);
    const auto trashed = session.confirm(published->remoteId);
    REQUIRE_FALSE(trashed.hasValue());
    CHECK(trashed.error().code == ErrorCode::PlatformTargetNotFound);

    CHECK(session.confirm(QStringLiteral("987654")).error().code == ErrorCode::PlatformTargetNotFound);
    CHECK(session.confirm(QStringLiteral("comment-987654")).error().code == ErrorCode::PlatformTargetNotFound);
    // WordPress answers 403 for a comment on a missing post: still a missing target, not a bad credential.
    const auto orphan = session.publish(comment(QStringLiteral("987654"), unique(QStringLiteral("Hello?"))));
    REQUIRE_FALSE(orphan.hasValue());
    CHECK(orphan.error().code == ErrorCode::PlatformTargetNotFound);
}

TEST_CASE("contract: WordPressPlatform never calls back once it is destroyed")
{
    CannedHttpServer site([](const QByteArray&, const QByteArray& target) {
        if (target.startsWith("/wp-json/?"))
            return CannedHttpServer::Answer{200, "application/json", R"({"namespaces":["wp/v2"]})"};
        return CannedHttpServer::Answer{200, "application/json", R"({"id":1,"username":"dana"})"};
    });
    FakeClock clock;
    QNetworkAccessManager network;
    int calls = 0;
    {
        WordPressPlatform platform(&network, clock, site.url(), QStringLiteral("dana"), QStringLiteral("secret"));
        platform.checkCredential([&calls](Result<AccountIdentity>) { ++calls; });
        platform.like(QStringLiteral("1"), [&calls](Result<void>) { ++calls; });
    }
    Podium::Tests::pause(300);
    CHECK(calls == 0);
}

TEST_CASE("WordPressPlatform publishes at once an article due within a few seconds", "[wordpress]")
{
    // The publisher's timer may fire a moment early; that post is due, not a hand-off.
    Session session(WordPressServer::fromEnvironment());
    OutgoingPost post = article(QStringLiteral("Due now"));
    post.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3);
    const auto published = session.publish(post);
    REQUIRE(published.hasValue());
    CHECK(published->state == RemotePost::State::Live);
}

TEST_CASE("WordPressPlatform says so when its article was turned into a draft on the server", "[wordpress]")
{
    Session session(WordPressServer::fromEnvironment());
    const OutgoingPost post = article(QStringLiteral("Pulled back"));
    const HttpResponse draft =
        session.server.rest("POST", QStringLiteral("/wp/v2/posts"),
                            QJsonObject{{QStringLiteral("title"), post.title},
                                        {QStringLiteral("slug"), WordPressPlatform::slugFor(post.id)},
                                        {QStringLiteral("status"), QStringLiteral("draft")}});
    REQUIRE(draft.status == 201);
    const auto found = session.find(post);
    REQUIRE_FALSE(found.hasValue());
    CHECK(found.error().code == ErrorCode::PlatformRejected);
    CHECK(found.error().detail.contains(QStringLiteral("draft")));
    // Publishing again must not create a second post beside the draft.
    CHECK(session.publish(post).error().code == ErrorCode::PlatformRejected);
    CHECK(postsWithSlug(session.server, WordPressPlatform::slugFor(post.id)) == 1);
}
