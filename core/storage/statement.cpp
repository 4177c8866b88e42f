#include "statement.h"

#include "statement_cache.h"

namespace Podium::Core {

Statement::Statement(QSqlQuery query, QString sql, StatementCache* cache)
    : QSqlQuery(std::move(query))
    , m_sql(std::move(sql))
    , m_cache(cache)
{}

Statement::Statement(Statement&& other) noexcept
    : QSqlQuery(std::move(other))
    , m_sql(std::move(other.m_sql))
    , m_cache(std::exchange(other.m_cache, nullptr))
{}

Statement::~Statement()
{
    if (!m_cache)
        return;
    finish();
    m_cache->giveBack(m_sql, std::move(static_cast<QSqlQuery&>(*this)));
}

} // namespace Podium::Core
