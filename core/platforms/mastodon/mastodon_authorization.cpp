#include "mastodon_authorization.h"

#include "loopback_redirect_listener.h"
#include "mastodon_json.h"
#include "mastodon_platform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace Podium::Core {

const QString MastodonAuthorization::outOfBandRedirect = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");
const QString MastodonAuthorization::scopes = QStringLiteral("read write follow");

MastodonAuthorization::MastodonAuthorization(QNetworkAccessManager* network, const Clock& clock, QUrl serverUrl,
                                             QObject* parent)
    : QObject(parent)
    , m_http(network, clock)
    , m_clock(clock)
    , m_network(network)
    , m_serverUrl(std::move(serverUrl))
{}

MastodonAuthorization::~MastodonAuthorization() = default;

QUrl MastodonAuthorization::endpoint(const QString& path) const
{
    QUrl url = m_serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void MastodonAuthorization::post(const QString& path, const QJsonObject& body, Platform::Done<QJsonObject> done)
{
    if (!m_serverUrl.isValid() || m_serverUrl.host().isEmpty() ||
        (m_serverUrl.scheme() != QLatin1String("https") && m_serverUrl.scheme() != QLatin1String("http"))) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            done(Error{ErrorCode::PlatformUrlInvalid,
                       QStringLiteral("not an http(s) server address: %1").arg(m_serverUrl.toDisplayString())});
        });
        return;
    }
    QNetworkRequest request(endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Podium"));
    m_http.send("POST", request, QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                [this, done = std::move(done)](Result<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    if (!answer->isSuccess())
                        return done(m_http.errorFor(*answer, MastodonJson::errorReason(answer->body)));
                    Result<QJsonValue> json = MastodonJson::parse(answer->body);
                    if (!json)
                        return done(json.error());
                    done(json->toObject());
                });
}

void MastodonAuthorization::registerApp(const QString& redirectUri, Platform::Done<QUrl> done)
{
    // A fresh state per attempt ties the redirect to this attempt (RFC 6749 section 10.12).
    m_state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_redirectUri = redirectUri;
    const QJsonObject body{{QStringLiteral("client_name"), QStringLiteral("Podium")},
                           {QStringLiteral("redirect_uris"), redirectUri},
                           {QStringLiteral("scopes"), scopes}};
    post(QStringLiteral("/api/v1/apps"), body, [this, done = std::move(done)](Result<QJsonObject> app) {
        if (!app)
            return done(app.error());
        m_clientId = MastodonJson::id(app->value(QLatin1String("client_id")));
        m_clientSecret = app->value(QLatin1String("client_secret")).toString();
        if (m_clientId.isEmpty() || m_clientSecret.isEmpty())
            return done(
                Error{ErrorCode::PlatformBadResponse, QStringLiteral("the app registration gave no client id")});
        done(authorizeUrl());
    });
}

QUrl MastodonAuthorization::authorizeUrl() const
{
    QUrl url = endpoint(QStringLiteral("/oauth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromUtf8(QUrl::toPercentEncoding(m_redirectUri)));
    query.addQueryItem(QStringLiteral("scope"), QString::fromUtf8(QUrl::toPercentEncoding(scopes)));
    query.addQueryItem(QStringLiteral("state"), m_state);
    url.setQuery(query);
    return url;
}

void MastodonAuthorization::authorizeWithBrowser(Platform::Done<MastodonConnection> done, quint16 port)
{
    cancel();
    m_browserDone = std::move(done);
    m_listener = new LoopbackRedirectListener(this);
    connect(m_listener, &LoopbackRedirectListener::redirected, this, &MastodonAuthorization::redirected);
    if (!m_listener->listen(port)) {
        QTimer::singleShot(0, this, [this, port] {
            finishBrowserFlow(Error{ErrorCode::PlatformUnreachable,
                                    QStringLiteral("cannot listen on 127.0.0.1:%1 for the browser").arg(port)});
        });
        return;
    }
    registerApp(m_listener->redirectUri().toString(), [this](Result<QUrl> url) {
        if (!url)
            return finishBrowserFlow(url.error());
        Q_EMIT authorizationUrlReady(*url);
    });
}

void MastodonAuthorization::redirected(const QUrlQuery& query)
{
    if (!m_browserDone)
        return;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    // A request without our state is not the browser coming back from this attempt: ignore it, keep waiting.
    if (state != m_state)
        return;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        description.replace(QLatin1Char('+'), QLatin1Char(' '));
        return finishBrowserFlow(
            Error{ErrorCode::PlatformCredentialRefused, description.isEmpty() ? error : description});
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return finishBrowserFlow(Error{ErrorCode::PlatformBadResponse, QStringLiteral("the redirect has no code")});
    m_listener->close();
    exchange(code, [this](Result<MastodonConnection> connection) { finishBrowserFlow(std::move(connection)); });
}

void MastodonAuthorization::finishBrowserFlow(Result<MastodonConnection> result)
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (auto done = std::exchange(m_browserDone, nullptr))
        done(std::move(result));
}

void MastodonAuthorization::cancel()
{
    if (m_browserDone || m_listener)
        finishBrowserFlow(
            Error{ErrorCode::PlatformCredentialRefused, QStringLiteral("the authorization was cancelled")});
}

void MastodonAuthorization::startOutOfBand(Platform::Done<QUrl> urlReady)
{
    registerApp(outOfBandRedirect, std::move(urlReady));
}

void MastodonAuthorization::finishOutOfBand(const QString& pastedCode, Platform::Done<MastodonConnection> done)
{
    QString code = pastedCode.trimmed();
    // People paste what the page shows: snac shows "CODE&state=…"; some paste the whole redirect URL.
    if (code.contains(QLatin1String("code="))) {
        const QUrlQuery query(code.mid(code.indexOf(QLatin1Char('?')) + 1));
        code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    code = code.section(QLatin1Char('&'), 0, 0);
    if (m_clientId.isEmpty() || m_redirectUri != outOfBandRedirect || code.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error{ErrorCode::InvalidArgument, QStringLiteral("start the out-of-band flow and paste its code")});
        });
        return;
    }
    exchange(code, std::move(done));
}

void MastodonAuthorization::exchange(const QString& code, Platform::Done<MastodonConnection> done)
{
    const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("client_secret"), m_clientSecret},
                           {QStringLiteral("redirect_uri"), m_redirectUri},
                           {QStringLiteral("scope"), scopes}};
    post(QStringLiteral("/oauth/token"), body, [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            Error error = answer.error();
            // RFC 6749 answers a bad or used code with 400 invalid_grant: the person has to authorize again.
            if (error.code == ErrorCode::PlatformRejected)
                error.code = ErrorCode::PlatformCredentialRefused;
            return done(error);
        }
        const QString token = answer->value(QLatin1String("access_token")).toString();
        if (token.isEmpty())
            return done(Error{ErrorCode::PlatformBadResponse, QStringLiteral("the token answer has no access_token")});
        MastodonPlatform* verifier =
            m_verifiers.emplace_back(std::make_unique<MastodonPlatform>(m_network, m_clock, m_serverUrl, token)).get();
        verifier->checkCredential([this, verifier, token, done](Result<AccountIdentity> identity) {
            // The verifier must outlive its own callback: delete it from the event loop.
            QTimer::singleShot(0, this, [this, verifier] {
                std::erase_if(m_verifiers, [verifier](const auto& owned) { return owned.get() == verifier; });
            });
            if (!identity)
                return done(identity.error());
            done(MastodonConnection{token, *identity});
        });
    });
}

} // namespace Podium::Core
