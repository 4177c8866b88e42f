#include "contract_store.h"

#include <algorithm>

namespace Podium::Tests {

namespace {

// Snowflake-sized ids like Mastodon's, as strings; the offset keeps them clear of small numbers.
constexpr qint64 statusIdBase = 110000000000000000;
constexpr qint64 idempotencyWindowSeconds = 3600;

QString statusIdAt(qsizetype index)
{
    return QString::number(statusIdBase + qint64(index) + 1);
}

} // namespace

const ContractStatus& ContractStore::addStatus(const ContractPostParams& params, const QString& idempotencyKey,
                                               const QDateTime& now)
{
    ContractStatus status;
    status.params = params;
    status.idempotencyKey = idempotencyKey;
    status.createdAt = now;
    const ContractStatus& added = append(std::move(status));
    if (!idempotencyKey.isEmpty()) {
        m_keys.insert(idempotencyKey, KeyRecord{KeyedResult{false, added.id}, now});
        ++m_creationsPerKey[idempotencyKey];
    }
    return added;
}

const ContractScheduledStatus& ContractStore::addScheduled(const ContractPostParams& params,
                                                           const QString& idempotencyKey, const QDateTime& scheduledAt,
                                                           const QDateTime& now)
{
    const qint64 number = m_nextScheduledId++;
    ContractScheduledStatus& scheduled = m_scheduled[number];
    scheduled.id = QString::number(number);
    scheduled.params = params;
    scheduled.idempotencyKey = idempotencyKey;
    scheduled.scheduledAt = scheduledAt;
    scheduled.createdAt = now;
    m_dueOrder.insert(scheduledAt, number);
    if (!idempotencyKey.isEmpty()) {
        m_keys.insert(idempotencyKey, KeyRecord{KeyedResult{true, scheduled.id}, now});
        ++m_creationsPerKey[idempotencyKey];
    }
    return scheduled;
}

const ContractStatus* ContractStore::status(const QString& id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0 || index >= statusCount() || m_statuses[size_t(index)].id != id)
        return nullptr;
    return &m_statuses[size_t(index)];
}

const ContractScheduledStatus* ContractStore::scheduled(const QString& id) const
{
    bool ok = false;
    const auto found = m_scheduled.find(id.toLongLong(&ok));
    return ok && found != m_scheduled.end() && found->second.id == id ? &found->second : nullptr;
}

bool ContractStore::favourite(const QString& id)
{
    const ContractStatus* found = status(id);
    if (!found)
        return false;
    m_statuses[size_t(indexOf(id))].favourited = true;
    return true;
}

bool ContractStore::reschedule(const QString& id, const QDateTime& scheduledAt)
{
    const ContractScheduledStatus* found = scheduled(id);
    if (!found)
        return false;
    const qint64 number = id.toLongLong();
    m_dueOrder.remove(found->scheduledAt, number);
    m_scheduled[number].scheduledAt = scheduledAt;
    m_dueOrder.insert(scheduledAt, number);
    return true;
}

bool ContractStore::removeScheduled(const QString& id)
{
    const ContractScheduledStatus* found = scheduled(id);
    if (!found)
        return false;
    const qint64 number = id.toLongLong();
    m_dueOrder.remove(found->scheduledAt, number);
    m_scheduled.erase(number);
    return true;
}

int ContractStore::publishDue(const QDateTime& now)
{
    int published = 0;
    while (!m_dueOrder.isEmpty() && m_dueOrder.firstKey() <= now) {
        const qint64 number = m_dueOrder.first();
        m_dueOrder.erase(m_dueOrder.begin());
        const auto found = m_scheduled.find(number);
        if (found == m_scheduled.end())
            continue;
        ContractStatus status;
        status.params = found->second.params;
        status.idempotencyKey = found->second.idempotencyKey;
        status.createdAt = now;
        status.fromSchedule = true;
        status.scheduledStatusId = found->second.id;
        const ContractStatus& added = append(std::move(status));
        KeyRecord* record = found->second.idempotencyKey.isEmpty() ? nullptr : &m_keys[found->second.idempotencyKey];
        // A retry after publication gets the status that now exists instead of a second post.
        if (record && record->result.scheduled && record->result.id == found->second.id)
            record->result = KeyedResult{false, added.id};
        m_scheduled.erase(found);
        ++published;
    }
    return published;
}

std::optional<QDateTime> ContractStore::nextDue() const
{
    if (m_dueOrder.isEmpty())
        return std::nullopt;
    return m_dueOrder.firstKey();
}

std::optional<ContractStore::KeyedResult> ContractStore::findKey(const QString& key, const QDateTime& now) const
{
    const auto found = m_keys.constFind(key);
    if (key.isEmpty() || found == m_keys.cend() || found->at.secsTo(now) >= idempotencyWindowSeconds)
        return std::nullopt;
    return found->result;
}

QList<const ContractStatus*> ContractStore::page(const PageQuery& query) const
{
    const qsizetype count = statusCount();
    const int limit = std::clamp(query.limit, 1, 40);
    qsizetype high = query.maxId.isEmpty() ? count : std::clamp(indexOf(query.maxId), qsizetype(0), count);
    qsizetype low = 0;
    const QString& lowerBound = query.minId.isEmpty() ? query.sinceId : query.minId;
    if (!lowerBound.isEmpty())
        low = std::clamp(indexOf(lowerBound) + 1, qsizetype(0), count);
    if (low >= high)
        return {};
    // min_id pages forward from the bound, the others back from the newest.
    if (query.minId.isEmpty())
        low = std::max(low, high - limit);
    else
        high = std::min(high, low + limit);
    QList<const ContractStatus*> result;
    result.reserve(high - low);
    for (qsizetype i = high - 1; i >= low; --i)
        result.append(&m_statuses[size_t(i)]);
    return result;
}

QList<const ContractStatus*> ContractStore::ancestors(const QString& id) const
{
    QList<const ContractStatus*> result;
    const ContractStatus* current = status(id);
    while (current && !current->params.inReplyToId.isEmpty()) {
        current = status(current->params.inReplyToId);
        if (current)
            result.prepend(current);
    }
    return result;
}

QList<const ContractStatus*> ContractStore::descendants(const QString& id) const
{
    QList<const ContractStatus*> result;
    QStringList pending = m_children.value(id);
    std::reverse(pending.begin(), pending.end());
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (const ContractStatus* found = status(next))
            result.append(found);
        QStringList children = m_children.value(next);
        std::reverse(children.begin(), children.end());
        pending.append(children);
    }
    return result;
}

QList<const ContractScheduledStatus*> ContractStore::scheduledPage(int limit, const QString& maxId) const
{
    QList<const ContractScheduledStatus*> result;
    auto it = maxId.isEmpty() ? m_scheduled.end() : m_scheduled.lower_bound(maxId.toLongLong());
    while (it != m_scheduled.begin() && result.size() < std::max(limit, 1)) {
        --it;
        result.append(&it->second);
    }
    return result;
}

void ContractStore::clear()
{
    m_statuses.clear();
    m_children.clear();
    m_scheduled.clear();
    m_dueOrder.clear();
    m_nextScheduledId = 1;
    m_keys.clear();
    m_creationsPerKey.clear();
}

const ContractStatus& ContractStore::append(ContractStatus status)
{
    status.id = statusIdAt(statusCount());
    if (!status.params.inReplyToId.isEmpty()) {
        m_children[status.params.inReplyToId].append(status.id);
        const qsizetype parent = indexOf(status.params.inReplyToId);
        if (parent >= 0 && parent < statusCount())
            ++m_statuses[size_t(parent)].repliesCount;
    }
    m_statuses.push_back(std::move(status));
    return m_statuses.back();
}

qsizetype ContractStore::indexOf(const QString& id) const
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= statusIdBase)
        return ok && number <= statusIdBase ? -1 : statusCount();
    return qsizetype(std::min<qint64>(number - statusIdBase - 1, qint64(statusCount())));
}

} // namespace Podium::Tests
