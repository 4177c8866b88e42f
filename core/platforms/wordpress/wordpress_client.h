#pragma once

#include "platforms/http_client.h"
#include "wordpress_endpoint.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace Podium::Core {

/// Talks to one WordPress site's REST API: finds once which URL form the site answers, signs each
/// request with the application password and turns WordPress's error objects into Errors.
class WordPressClient
{
public:
    using Done = HttpClient::Done;

    WordPressClient(QNetworkAccessManager* network, const Clock& clock, const QUrl& siteUrl, const QString& user,
                    const QString& applicationPassword);
    ~WordPressClient();

    /// Sends a request to `route` (such as "/wp/v2/posts"). `done` gets every HTTP answer, error statuses
    /// included, so callers can recognise answers like `comment_duplicate`; use object() or array() to
    /// read it. When the site offers no REST API, `done` gets PlatformUrlInvalid.
    void get(const QString& route, const QUrlQuery& query, Done done);
    void post(const QString& route, const QUrlQuery& query, const QJsonObject& body, Done done);

    /// Finds the REST API (`/wp-json/`, then `?rest_route=`) unless already found.
    void locate(std::function<void(Result<WordPressEndpoint>)> done);

    /// The answer's JSON object, or the Error its status and WordPress's message stand for.
    Result<QJsonObject> object(const Result<HttpResponse>& answer) const;
    Result<QJsonArray> array(const Result<HttpResponse>& answer) const;
    /// The Error for a non-2xx answer, with WordPress's message (entities decoded) as the detail.
    Error errorFor(const HttpResponse& response) const;

    /// Runs `work` later from the event loop, unless this client is gone by then.
    void later(std::function<void()> work) const;
    const Clock& clock() const { return m_http.clock(); }

private:
    void send(const QByteArray& verb, const QString& route, const QUrlQuery& query, const QByteArray& body, Done done);
    void probe(WordPressEndpoint::Form form, std::optional<Error> earlier);
    void finishLocating(const Result<WordPressEndpoint>& result);
    /// `done`, unless this client has started to go away by the time it would run.
    Done whileAlive(Done done) const;

    HttpClient m_http;
    QUrl m_siteUrl;
    QByteArray m_authorization;
    std::optional<WordPressEndpoint> m_endpoint;
    std::vector<std::function<void(Result<WordPressEndpoint>)>> m_waiting;
    // Owns every pending callback: destroying the client drops them instead of calling into freed memory.
    std::unique_ptr<QObject> m_context;
    // Destroying m_context aborts pending replies, and HttpClient then reports them right away (as time-outs)
    // from inside the destruction: this flag, cleared first, keeps those reports from reaching anyone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Podium::Core
