#include "database_location.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace Podium::Core {

namespace {

Error invalid(const QString& detail)
{
    return Error{ErrorCode::DatabaseUrlInvalid, detail};
}

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return sqliteFile(defaultSqlitePath());

    if (trimmed.startsWith(QLatin1String("sqlite://"))) {
        const QString path = decoded(trimmed.mid(9));
        if (path.isEmpty())
            return invalid(QStringLiteral("sqlite:// needs a file path"));
        return sqliteFile(path);
    }

    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto schemeMatch = schemePattern.match(trimmed);
    if (!schemeMatch.hasMatch())
        return sqliteFile(trimmed);

    const QString scheme = schemeMatch.captured(1).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalid(QStringLiteral("unsupported scheme %1").arg(scheme));

    // QUrl rejects a percent-encoded socket path as host, so the authority is split by hand.
    static const QRegularExpression urlPattern(
        QStringLiteral(
            R"(^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?(\[[^\]]*\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\?(.*))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = urlPattern.match(trimmed);
    if (!match.hasMatch())
        return invalid(QStringLiteral("cannot read %1").arg(trimmed.section(QLatin1Char('@'), -1)));

    DatabaseLocation location;
    location.m_backend = DatabaseBackend::PostgreSql;
    location.m_userName = decoded(match.captured(1));
    location.m_password = decoded(match.captured(2));
    QString host = decoded(match.captured(3));
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    location.m_host = host;

    if (!match.captured(4).isEmpty()) {
        bool ok = false;
        const int port = match.captured(4).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(QStringLiteral("port must be a number from 1 to 65535"));
        location.m_port = port;
    }

    location.m_databaseName = decoded(match.captured(5));
    if (location.m_databaseName.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("database name must not contain '/'"));
    if (location.m_databaseName.isEmpty())
        location.m_databaseName = QStringLiteral("podium");

    const QUrlQuery query(match.captured(6));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return invalid(QStringLiteral("unknown sslmode %1").arg(value));
            location.m_sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1)
                return invalid(QStringLiteral("connect_timeout must be a positive number of seconds"));
            location.m_connectTimeoutSeconds = seconds;
        } else {
            return invalid(QStringLiteral("unknown parameter %1").arg(key));
        }
    }
    return location;
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.m_backend = DatabaseBackend::Sqlite;
    location.m_filePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

QString DatabaseLocation::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/podium.sqlite");
}

QString DatabaseLocation::displayText() const
{
    if (m_backend == DatabaseBackend::Sqlite)
        return m_filePath;
    const QString user = m_userName.isEmpty() ? QString() : m_userName + QLatin1Char('@');
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(user, host, QString::number(m_port), m_databaseName);
}

} // namespace Podium::Core
