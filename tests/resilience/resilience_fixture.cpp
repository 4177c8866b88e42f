#include "resilience_fixture.h"

#include "people/people_service.h"
#include "posts/post_service.h"
#include "storage/account_repository.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

using namespace Podium::Core;

ResilienceFixture::ResilienceFixture()
    : path(dir.filePath(QStringLiteral("podium.sqlite")))
{
    // Faults and crashes are the subject here, not the server's own limits.
    server.setRateLimit(10000000, 300);
    REQUIRE(server.listen());
    auto opened = Workspace::open(DatabaseLocation::sqliteFile(path), clock);
    REQUIRE(opened.hasValue());
    workspace = std::move(opened.value());
    const auto executive =
        workspace->people().add(QStringLiteral("Dana Whitfield"), Role::Executive, QStringLiteral("Europe/Berlin"));
    REQUIRE(executive.hasValue());
    executiveId = executive->id;
    account.id = QStringLiteral("contract-account");
    account.personId = executiveId;
    account.platform = PlatformKind::Mastodon;
    account.serverUrl = server.url();
    account.handle = QStringLiteral("dana");
    account.createdAt = clock.now();
    REQUIRE(AccountRepository(workspace->database()).add(account).hasValue());
}

ResilienceFixture::~ResilienceFixture() = default;

QList<Post> ResilienceFixture::queue(int count, const QString& label)
{
    QList<Post> posts;
    for (int i = 0; i < count; ++i) {
        NewPost request;
        request.authorId = executiveId;
        request.accountId = account.id;
        request.platform = PlatformKind::Mastodon;
        request.body = QStringLiteral("%1, post %2: thank you to the team in Lisbon.").arg(label).arg(i + 1);
        request.schedule = true;
        const Result<Post> post = workspace->posts().create(request);
        REQUIRE(post.hasValue());
        posts.append(*post);
    }
    return posts;
}

QList<Post> ResilienceFixture::allPosts() const
{
    PostFilter filter;
    filter.limit = 1000000;
    const Result<QList<Post>> posts = workspace->posts().list(filter);
    REQUIRE(posts.hasValue());
    return *posts;
}

} // namespace Podium::Tests
