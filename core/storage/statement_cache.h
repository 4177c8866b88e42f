#pragma once

#include "statement.h"

#include <QSqlDatabase>

#include <unordered_map>
#include <vector>

namespace Podium::Core {

/// Keeps compiled statements of one connection for reuse. Compiling the SQL was the largest single cost of
/// a post's trip through the publisher. A statement in use is never handed out twice: a second caller with
/// the same SQL (a nested query) gets a freshly prepared one.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase connection);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    Statement prepare(const QString& sql);
    /// Drops every idle statement, as before the connection closes.
    void clear();

private:
    friend class Statement;
    void giveBack(const QString& sql, QSqlQuery&& query);

    QSqlDatabase m_connection;
    std::unordered_map<QString, std::vector<QSqlQuery>> m_idle;
    int m_idleCount = 0;
};

} // namespace Podium::Core
