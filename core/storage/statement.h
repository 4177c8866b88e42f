#pragma once

#include <QSqlQuery>
#include <QString>

namespace Podium::Core {

class StatementCache;

/// A prepared statement borrowed from a StatementCache. When it goes out of scope it is reset (so no
/// half-read SELECT keeps a read transaction open) and goes back to the cache, so the next caller with the
/// same SQL skips compiling it again. It is a QSqlQuery privately: a copy taken as a plain QSqlQuery would
/// outlive the loan, so that conversion does not compile; Database::exec runs it.
class Statement : private QSqlQuery
{
public:
    using QSqlQuery::addBindValue;
    using QSqlQuery::finish;
    using QSqlQuery::lastError;
    using QSqlQuery::lastInsertId;
    using QSqlQuery::next;
    using QSqlQuery::numRowsAffected;
    using QSqlQuery::value;

    Statement(QSqlQuery query, QString sql, StatementCache* cache);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

private:
    friend class Database;
    QSqlQuery& query() { return *this; }

    QString m_sql;
    StatementCache* m_cache;
};

} // namespace Podium::Core
