#pragma once

#include "accounts/network_account.h"
#include "common/system_clock.h"
#include "contract_server.h"
#include "posts/post.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace Podium::Tests {

/// An SQLite workspace with one executive whose Mastodon account points at an in-process contract server,
/// and helpers to fill the queue and check the exactly-once promise against the server's store.
struct ResilienceFixture
{
    ResilienceFixture();
    ~ResilienceFixture();

    /// Schedules `count` posts due now, each with its own text (findPublished compares texts).
    QList<Core::Post> queue(int count, const QString& label);
    /// Every post Podium holds, in any state.
    QList<Core::Post> allPosts() const;

    QTemporaryDir dir;
    QString path;
    Core::SystemClock clock;
    ContractServer server;
    std::unique_ptr<Core::Workspace> workspace;
    QString executiveId;
    Core::NetworkAccount account;
};

} // namespace Podium::Tests
