#pragma once

#include "mastodon_connection.h"
#include "platforms/http_client.h"
#include "platforms/platform.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QUrlQuery;

namespace Podium::Core {

class Clock;
class LoopbackRedirectListener;
class MastodonPlatform;

/// Connects an account on a Mastodon-API server through OAuth 2 and hands the token to the caller.
///
/// Registers Podium as an app, has the person approve it in a browser (loopback redirect) or paste the code
/// (out of band), trades the code for a token and checks whose it is. The token is never stored here.
class MastodonAuthorization : public QObject
{
    Q_OBJECT
public:
    static const QString outOfBandRedirect; // urn:ietf:wg:oauth:2.0:oob
    static const QString scopes;            // "read write follow"

    MastodonAuthorization(QNetworkAccessManager* network, const Clock& clock, QUrl serverUrl,
                          QObject* parent = nullptr);
    ~MastodonAuthorization() override;

    /// The desktop flow: listens on 127.0.0.1 (`port` 0 picks a free one), registers the app with
    /// http://127.0.0.1:PORT/callback, then emits authorizationUrlReady for the caller to open in a browser.
    /// `done` runs once: with the verified connection after the browser came back, or with the Error
    /// (PlatformCredentialRefused when the person declined, PlatformRejected for a state mismatch, …).
    void authorizeWithBrowser(Platform::Done<MastodonConnection> done, quint16 port = 0);

    /// The command-line flow, step one: registers the app with the out-of-band redirect and gives the URL to
    /// open; the server then shows the code to paste.
    void startOutOfBand(Platform::Done<QUrl> urlReady);
    /// Step two: trades the pasted code (a bare code, snac's "CODE&state=…", or a URL with code=) for a
    /// verified connection.
    void finishOutOfBand(const QString& pastedCode, Platform::Done<MastodonConnection> done);

    /// Gives up a pending authorizeWithBrowser (its `done` gets PlatformCredentialRefused) and stops listening.
    void cancel();

    /// The registered app, once registration has answered (empty before).
    QString clientId() const { return m_clientId; }
    QString redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    /// The page the person must open to approve Podium (loopback flow).
    void authorizationUrlReady(const QUrl& url);

private:
    QUrl endpoint(const QString& path) const;
    void post(const QString& path, const QJsonObject& body, Platform::Done<QJsonObject> done);
    void registerApp(const QString& redirectUri, Platform::Done<QUrl> done);
    QUrl authorizeUrl() const;
    void redirected(const QUrlQuery& query);
    void exchange(const QString& code, Platform::Done<MastodonConnection> done);
    void finishBrowserFlow(Result<MastodonConnection> result);

    HttpClient m_http;
    const Clock& m_clock;
    QNetworkAccessManager* m_network;
    QUrl m_serverUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_redirectUri;
    QString m_state;
    LoopbackRedirectListener* m_listener = nullptr;
    Platform::Done<MastodonConnection> m_browserDone;
    /// One per token being checked (two pasted codes may be exchanged at once).
    std::vector<std::unique_ptr<MastodonPlatform>> m_verifiers;
};

} // namespace Podium::Core
