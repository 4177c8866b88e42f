#pragma once

#include <QList>
#include <QString>

namespace Podium::Core {

/// One numbered schema change, read from the SQL files embedded in core. Shipped files are never edited.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;

    /// The migrations this build ships, in order.
    static QList<Migration> builtIn();
    /// Splits a file into statements at semicolons that end a line, dropping "--" comment lines.
    static QStringList splitStatements(const QString& sql);
};

} // namespace Podium::Core
