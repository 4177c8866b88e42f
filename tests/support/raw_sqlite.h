#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Podium::Tests {

/// A second, plain SQLite connection to a workspace file, standing for another program (or an older
/// Podium) touching the same file. Closed and unregistered again when it goes out of scope.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    /// Runs one statement and requires it to succeed.
    void exec(const QString& sql);
    /// The first column of the first row of a query that must succeed and return a row.
    QVariant value(const QString& sql);

private:
    QString m_name;
};

} // namespace Podium::Tests
