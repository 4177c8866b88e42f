#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiMap>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Podium::Tests {

/// What a client asked to post; shared by statuses and scheduled statuses.
struct ContractPostParams
{
    QString text;
    QString inReplyToId;
    QString visibility = QStringLiteral("public");
    QString language;
    QString spoilerText;
};

/// A status the contract server has created (directly or by publishing a scheduled one).
struct ContractStatus
{
    QString id;
    ContractPostParams params;
    QString idempotencyKey;
    QDateTime createdAt;
    bool fromSchedule = false;
    QString scheduledStatusId;
    bool favourited = false;
    int repliesCount = 0;
};

/// A post waiting for its time, as Mastodon's ScheduledStatus.
struct ContractScheduledStatus
{
    QString id;
    ContractPostParams params;
    QString idempotencyKey;
    QDateTime scheduledAt;
    QDateTime createdAt;
};

/// Holds the contract server's posts with indexes by id, reply and idempotency key, so no request scans.
class ContractStore
{
public:
    /// What an Idempotency-Key already produced: a status or a scheduled status.
    struct KeyedResult
    {
        bool scheduled = false;
        QString id;
    };

    /// A page of statuses, newest first, as Mastodon's max_id / since_id / min_id select them.
    struct PageQuery
    {
        int limit = 20;
        QString maxId;
        QString sinceId;
        QString minId;
    };

    const ContractStatus& addStatus(const ContractPostParams& params, const QString& idempotencyKey,
                                    const QDateTime& now);
    const ContractScheduledStatus& addScheduled(const ContractPostParams& params, const QString& idempotencyKey,
                                                const QDateTime& scheduledAt, const QDateTime& now);

    const ContractStatus* status(const QString& id) const;
    const ContractScheduledStatus* scheduled(const QString& id) const;
    bool favourite(const QString& id);
    bool reschedule(const QString& id, const QDateTime& scheduledAt);
    bool removeScheduled(const QString& id);
    /// Turns every scheduled status due at `now` into a status; returns how many.
    int publishDue(const QDateTime& now);
    std::optional<QDateTime> nextDue() const;

    /// The earlier result of `key` when it was used less than an hour before `now`.
    std::optional<KeyedResult> findKey(const QString& key, const QDateTime& now) const;
    /// How many statuses or scheduled statuses were created with `key` (1 when deduplication works).
    int creationsWithKey(const QString& key) const { return m_creationsPerKey.value(key); }
    QHash<QString, int> creationsPerKey() const { return m_creationsPerKey; }

    QList<const ContractStatus*> page(const PageQuery& query) const;
    QList<const ContractStatus*> ancestors(const QString& id) const;
    QList<const ContractStatus*> descendants(const QString& id) const;
    /// Scheduled statuses, newest id first, below `maxId` when given.
    QList<const ContractScheduledStatus*> scheduledPage(int limit, const QString& maxId) const;

    const std::vector<ContractStatus>& statuses() const { return m_statuses; }
    qsizetype statusCount() const { return qsizetype(m_statuses.size()); }
    qsizetype scheduledCount() const { return qsizetype(m_scheduled.size()); }
    void clear();

private:
    struct KeyRecord
    {
        KeyedResult result;
        QDateTime at;
    };

    const ContractStatus& append(ContractStatus status);
    /// Position of a status id in m_statuses; ids are a fixed base plus position, so this is arithmetic.
    qsizetype indexOf(const QString& id) const;

    std::vector<ContractStatus> m_statuses;
    QHash<QString, QStringList> m_children;
    std::map<qint64, ContractScheduledStatus> m_scheduled;
    QMultiMap<QDateTime, qint64> m_dueOrder;
    qint64 m_nextScheduledId = 1;
    QHash<QString, KeyRecord> m_keys;
    QHash<QString, int> m_creationsPerKey;
};

} // namespace Podium::Tests
