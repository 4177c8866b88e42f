#include "mastodon_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace Podium::Tests {

namespace {

QHash<QString, QString> readEnvFile(const QString& path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals), value);
    }
    return values;
}

} // namespace

SnacServer SnacServer::fromFixture()
{
    QString path = qEnvironmentVariable("PODIUM_TEST_SNAC_ENV");
    if (path.isEmpty())
        path = QStringLiteral(PODIUM_TEST_SNAC_ENV_DEFAULT);
    INFO("snac env file: " << path.toStdString()
                           << " (written by the CTest fixture `snac`: ctest -R mastodon, or snac-fixture.sh start)");
    REQUIRE(QFileInfo::exists(path));
    const QHash<QString, QString> env = readEnvFile(path);
    const QHash<QString, QString> users = readEnvFile(QFileInfo(path).dir().filePath(QStringLiteral("users.env")));
    SnacServer server;
    server.url = QUrl(env.value(QStringLiteral("PODIUM_SNAC_URL")));
    server.user = env.value(QStringLiteral("PODIUM_SNAC_USER"));
    server.token = env.value(QStringLiteral("PODIUM_SNAC_TOKEN"));
    server.colleagueUser = env.value(QStringLiteral("PODIUM_SNAC_COLLEAGUE_USER"));
    server.colleagueToken = env.value(QStringLiteral("PODIUM_SNAC_COLLEAGUE_TOKEN"));
    server.clientId = env.value(QStringLiteral("PODIUM_SNAC_CLIENT_ID"));
    server.clientSecret = env.value(QStringLiteral("PODIUM_SNAC_CLIENT_SECRET"));
    server.password = users.value(QStringLiteral("PODIUM_SNAC_PASSWORD"));
    server.colleaguePassword = users.value(QStringLiteral("PODIUM_SNAC_COLLEAGUE_PASSWORD"));
    REQUIRE(server.url.isValid());
    REQUIRE_FALSE(server.token.isEmpty());
    REQUIRE_FALSE(server.colleagueToken.isEmpty());
    return server;
}

bool eventually(const std::function<bool()>& check, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        if (check())
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop pause;
        QTimer::singleShot(250, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

QString uniqueMarker()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace Podium::Tests

namespace Podium::Tests {

RawAnswer rawRequest(QNetworkAccessManager& network, const QByteArray& verb, const QUrl& url, const QByteArray& body,
                     const QByteArray& contentType, const QString& token, bool followRedirects)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, followRedirects
                                                                       ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                       : QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = verb == "GET" ? network.get(request) : network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.finalUrl = reply->url();
    reply->deleteLater();
    return answer;
}

} // namespace Podium::Tests
