#include "wordpress_server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace Podium::Tests {

namespace {

QString unquoted(QString value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

WordPressServer WordPressServer::fromEnvironment()
{
    const QString path = qEnvironmentVariable("PODIUM_TEST_WP_ENV", QStringLiteral(PODIUM_TEST_WP_ENV_DEFAULT));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("no WordPress test server: its env file '"
             << path.toStdString() << "' is missing (run through ctest, which starts the fixture 'wordpress', or "
             << "start tests/servers/wordpress-server.sh and set PODIUM_TEST_WP_ENV)");
    WordPressServer server;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = unquoted(text.section(QLatin1Char('='), 1));
        if (key == QLatin1String("PODIUM_WP_URL"))
            server.m_url = QUrl(value);
        else if (key == QLatin1String("PODIUM_WP_USER"))
            server.m_user = value;
        else if (key == QLatin1String("PODIUM_WP_APP_PASSWORD"))
            server.m_appPassword = value;
    }
    if (!server.m_url.isValid() || server.m_user.isEmpty() || server.m_appPassword.isEmpty())
        FAIL("the WordPress env file '" << path.toStdString() << "' lacks the URL or the credential");
    return server;
}

Core::HttpResponse WordPressServer::rest(const QByteArray& verb, const QString& routeAndQuery,
                                         const QJsonObject& body) const
{
    QUrl url = m_url;
    const QString route = routeAndQuery.section(QLatin1Char('?'), 0, 0);
    url.setPath(m_url.path() + QStringLiteral("/wp-json") + route);
    if (routeAndQuery.contains(QLatin1Char('?')))
        url.setQuery(routeAndQuery.section(QLatin1Char('?'), 1));
    return send(verb, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), true);
}

Core::HttpResponse WordPressServer::fetch(const QUrl& url) const
{
    return send("GET", url, {}, false);
}

WordPressServer::Account WordPressServer::createAuthor(const QString& name) const
{
    Account account;
    // WordPress refuses user names with spaces or capitals through the REST API.
    QString base = name.toLower();
    for (QChar& c : base)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    account.user = base + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Core::HttpResponse created =
        rest("POST", QStringLiteral("/wp/v2/users"),
             QJsonObject{{QStringLiteral("username"), account.user},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("email"), QString(account.user + QStringLiteral("@podium.test"))},
                         {QStringLiteral("password"), QUuid::createUuid().toString(QUuid::Id128)},
                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("author")}}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    account.id = QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toInteger();
    const Core::HttpResponse password =
        rest("POST", QStringLiteral("/wp/v2/users/%1/application-passwords").arg(account.id),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("podium-tests")}});
    REQUIRE(password.status == 201);
    account.appPassword = QJsonDocument::fromJson(password.body).object().value(QLatin1String("password")).toString();
    REQUIRE_FALSE(account.appPassword.isEmpty());
    return account;
}

Core::HttpResponse WordPressServer::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                         bool signedIn) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    if (signedIn) {
        request.setRawHeader("Authorization",
                             "Basic " + (m_user + QLatin1Char(':') + m_appPassword).toUtf8().toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Core::HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    reply->deleteLater();
    return response;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Podium::Tests
