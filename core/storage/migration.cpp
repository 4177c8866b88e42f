#include "migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Podium::Core {

QList<Migration> Migration::builtIn()
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(QStringLiteral(":/podium/migrations"));
    for (const QString& fileName : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = namePattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(folder.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append(Migration{match.captured(1).toInt(), match.captured(2),
                                    splitStatements(QString::fromUtf8(file.readAll()))});
    }
    return migrations;
}

QStringList Migration::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace Podium::Core
