#include "publisher_lock.h"

#include "database.h"

#include <QLockFile>
#include <QSqlQuery>
#include <QVariant>

namespace Podium::Core {

namespace {

/// SQLite: a lock file beside the database. QLockFile notices a holder that died (its process is gone) and
/// takes the lock over, so a crash never blocks publishing.
class FileLock final : public PublisherLock
{
public:
    explicit FileLock(const QString& path)
        : m_file(path)
    {
        m_file.setStaleLockTime(0);
    }
    bool tryLock() { return m_file.tryLock(0); }

private:
    QLockFile m_file;
};

/// PostgreSQL: a session advisory lock, released by the server when the connection ends for any reason.
class AdvisoryLock final : public PublisherLock
{
public:
    explicit AdvisoryLock(Database& database)
        : m_database(database)
    {}
    ~AdvisoryLock() override
    {
        Statement unlock = m_database.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
        (void)m_database.exec(unlock);
    }
    Result<bool> tryLock()
    {
        Statement query = m_database.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(key));
        if (const Result<void> run = m_database.exec(query); !run)
            return run.error();
        return query.next() && query.value(0).toBool();
    }

private:
    static constexpr qint64 key = 0x706f6469756d01;
    Database& m_database;
};

} // namespace

Result<std::unique_ptr<PublisherLock>> PublisherLock::acquire(Database& database)
{
    if (database.backend() == DatabaseBackend::Sqlite) {
        auto lock = std::make_unique<FileLock>(database.location().filePath() + QStringLiteral(".publisher.lock"));
        if (!lock->tryLock())
            return Error{ErrorCode::DatabaseLocked, QStringLiteral("another publisher is running")};
        return std::unique_ptr<PublisherLock>(std::move(lock));
    }
    auto lock = std::make_unique<AdvisoryLock>(database);
    const Result<bool> locked = lock->tryLock();
    if (!locked)
        return locked.error();
    if (!*locked)
        return Error{ErrorCode::DatabaseLocked, QStringLiteral("another publisher is running")};
    return std::unique_ptr<PublisherLock>(std::move(lock));
}

} // namespace Podium::Core
