#include "statement_cache.h"

#include <QSqlError>

namespace Podium::Core {

namespace {

/// Enough for every distinct statement Podium runs; beyond it statements are simply not kept.
constexpr int maximumIdle = 128;

} // namespace

StatementCache::StatementCache(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

StatementCache::~StatementCache() = default;

Statement StatementCache::prepare(const QString& sql)
{
    if (const auto idle = m_idle.find(sql); idle != m_idle.end() && !idle->second.empty()) {
        QSqlQuery query = std::move(idle->second.back());
        idle->second.pop_back();
        --m_idleCount;
        return Statement(std::move(query), sql, this);
    }
    QSqlQuery query(m_connection);
    // A statement that failed to compile is not kept: it reports its error when executed.
    if (!query.prepare(sql))
        return Statement(std::move(query), sql, nullptr);
    return Statement(std::move(query), sql, this);
}

void StatementCache::clear()
{
    m_idle.clear();
    m_idleCount = 0;
}

void StatementCache::giveBack(const QString& sql, QSqlQuery&& query)
{
    if (m_idleCount >= maximumIdle)
        return;
    m_idle[sql].push_back(std::move(query));
    ++m_idleCount;
}

} // namespace Podium::Core
