#pragma once

#include "platforms/platform.h"

#include <QObject>

#include <memory>

namespace Podium::Core {

class Clock;
class Database;
class PracticeRepository;

/// The practice sandbox: a simulated network of sample colleagues kept in the workspace. It has no
/// network access at all, so nothing done here can ever reach a live account.
class PracticePlatform final : public Platform
{
public:
    /// `personId` is the executive practising; the sandbox is seeded on first use.
    PracticePlatform(Database& database, const Clock& clock, QString personId);
    ~PracticePlatform() override;

    /// Where a practised post "lives"; never a web address.
    static QUrl urlFor(const QString& practicePostId);

    PlatformKind kind() const override { return PlatformKind::Practice; }
    PlatformCapabilities capabilities() const override;
    void refreshCapabilities(Done<PlatformCapabilities> done) override;
    void checkCredential(Done<AccountIdentity> done) override;
    void publish(const OutgoingPost& post, Done<RemotePost> done) override;
    void like(const QString& remotePostId, Done<void> done) override;
    void follow(const QString& remoteAccountId, Done<void> done) override;
    void findPublished(const OutgoingPost& post, Done<std::optional<RemotePost>> done) override;
    void confirmLive(const QString& remoteId, Done<RemotePost> done) override;
    void fetchFeed(const FeedRequest& request, Done<FeedPage> done) override;
    void fetchEngagement(const QStringList& remoteIds, Done<QList<Engagement>> done) override;

private:
    /// Runs `work` from the event loop and hands its result to `done`, keeping the asynchronous contract.
    template <typename T>
    void later(std::function<Result<T>()> work, Done<T> done);
    Result<void> ensureSeeded();
    /// Simulated colleagues react to a practised post over its first hours.
    Engagement simulatedEngagement(const QString& practicePostId) const;

    Database& m_database;
    const Clock& m_clock;
    QString m_personId;
    std::unique_ptr<PracticeRepository> m_repository;
    QObject m_context;
    bool m_seeded = false;
};

} // namespace Podium::Core
