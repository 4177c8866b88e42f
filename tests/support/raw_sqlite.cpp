#include "raw_sqlite.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace Podium::Tests {

RawSqlite::RawSqlite(const QString& path)
{
    static int counter = 0;
    m_name = QStringLiteral("raw-sqlite-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawSqlite::~RawSqlite()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

void RawSqlite::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QVariant RawSqlite::value(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

} // namespace Podium::Tests
