#include "wordpress_client.h"

#include "wordpress_json.h"

#include <QJsonDocument>
#include <QObject>

namespace Podium::Core {

namespace {

// Codes WordPress sends with 400 or 403 that really mean "no such post or comment".
bool meansNotFound(const QString& code)
{
    static const QStringList codes = {
        QStringLiteral("rest_post_invalid_id"),          QStringLiteral("rest_comment_invalid_post_id"),
        QStringLiteral("rest_comment_invalid_id"),       QStringLiteral("rest_comment_invalid_parent"),
        QStringLiteral("rest_user_invalid_id"),          QStringLiteral("rest_comment_parent_invalid"),
        QStringLiteral("rest_post_invalid_page_number"),
    };
    return codes.contains(code);
}

bool offersCoreRoutes(const QJsonObject& index)
{
    const QJsonArray namespaces = index.value(QLatin1String("namespaces")).toArray();
    return namespaces.contains(QJsonValue(QStringLiteral("wp/v2")));
}

} // namespace

WordPressClient::WordPressClient(QNetworkAccessManager* network, const Clock& clock, const QUrl& siteUrl,
                                 const QString& user, const QString& applicationPassword)
    : m_http(network, clock)
    , m_siteUrl(WordPressEndpoint::siteRoot(siteUrl))
    , m_authorization(QByteArray("Basic ") + (user + QLatin1Char(':') + applicationPassword).toUtf8().toBase64())
    , m_context(std::make_unique<QObject>())
{}

WordPressClient::~WordPressClient()
{
    *m_alive = false;
}

WordPressClient::Done WordPressClient::whileAlive(Done done) const
{
    return [alive = m_alive, done = std::move(done)](Result<HttpResponse> answer) {
        if (*alive)
            done(std::move(answer));
    };
}

void WordPressClient::get(const QString& route, const QUrlQuery& query, Done done)
{
    send("GET", route, query, {}, std::move(done));
}

void WordPressClient::post(const QString& route, const QUrlQuery& query, const QJsonObject& body, Done done)
{
    send("POST", route, query, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void WordPressClient::send(const QByteArray& verb, const QString& route, const QUrlQuery& query, const QByteArray& body,
                           Done done)
{
    locate([this, verb, route, query, body, done = std::move(done)](Result<WordPressEndpoint> endpoint) {
        if (!endpoint) {
            done(endpoint.error());
            return;
        }
        QNetworkRequest request(endpoint->url(route, query));
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        if (verb != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_http.send(verb, request, body, m_context.get(), whileAlive(done));
    });
}

void WordPressClient::locate(std::function<void(Result<WordPressEndpoint>)> done)
{
    if (m_endpoint) {
        later([this, done = std::move(done)] { done(*m_endpoint); });
        return;
    }
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() > 1)
        return; // a probe is already on its way
    if (!WordPressEndpoint::isUsableSiteUrl(m_siteUrl)) {
        const Error error{
            ErrorCode::PlatformUrlInvalid,
            QStringLiteral("'%1' is not a web address (http or https) of a WordPress site").arg(m_siteUrl.toString())};
        later([this, error] { finishLocating(error); });
        return;
    }
    probe(WordPressEndpoint::Form::Path, std::nullopt);
}

void WordPressClient::probe(WordPressEndpoint::Form form, std::optional<Error> earlier)
{
    const WordPressEndpoint endpoint(m_siteUrl, form);
    // The index is public; `_fields` keeps it small (the full one lists every route, over 100 kB).
    QNetworkRequest request(
        endpoint.url(QStringLiteral("/"), QUrlQuery{{QStringLiteral("_fields"), QStringLiteral("name,namespaces")}}));
    request.setRawHeader("Accept", "application/json");
    m_http.send(
        "GET", request, {}, m_context.get(), whileAlive([this, endpoint, form, earlier](Result<HttpResponse> answer) {
            if (!answer) {
                finishLocating(answer.error());
                return;
            }
            const QJsonObject index = QJsonDocument::fromJson(answer->body).object();
            if (offersCoreRoutes(index)) {
                finishLocating(endpoint);
                return;
            }
            if (index.contains(QLatin1String("namespaces"))) {
                finishLocating(Error{ErrorCode::PlatformUrlInvalid,
                                     QStringLiteral("The WordPress site at %1 has its posts and comments API (wp/v2) "
                                                    "turned off")
                                         .arg(m_siteUrl.toString())});
                return;
            }
            // A site that keeps its REST API to signed-in people answers the index with an error object.
            if (index.value(QLatin1String("code")).isString() && (answer->status == 401 || answer->status == 403)) {
                finishLocating(endpoint);
                return;
            }
            std::optional<Error> failure = earlier;
            if (answer->status >= 500)
                failure = errorFor(*answer);
            if (form == WordPressEndpoint::Form::Path) {
                probe(WordPressEndpoint::Form::Query, failure);
                return;
            }
            finishLocating(failure.value_or(
                Error{ErrorCode::PlatformUrlInvalid,
                      QStringLiteral("No WordPress site answers at %1: neither /wp-json/ nor ?rest_route= leads to the "
                                     "WordPress REST API")
                          .arg(m_siteUrl.toString())}));
        }));
}

void WordPressClient::finishLocating(const Result<WordPressEndpoint>& result)
{
    // Only success is remembered: a site that was down or misconfigured is asked again next time.
    if (result)
        m_endpoint = *result;
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const auto& done : waiting)
        done(result);
}

Result<QJsonObject> WordPressClient::object(const Result<HttpResponse>& answer) const
{
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return errorFor(*answer);
    return WordPressJson::object(answer->body);
}

Result<QJsonArray> WordPressClient::array(const Result<HttpResponse>& answer) const
{
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return errorFor(*answer);
    return WordPressJson::array(answer->body);
}

Error WordPressClient::errorFor(const HttpResponse& response) const
{
    Error error = m_http.errorFor(response, WordPressJson::errorMessage(response.body));
    if (response.status != 401 && meansNotFound(WordPressJson::errorCode(response.body)))
        error.code = ErrorCode::PlatformTargetNotFound;
    // A refused application password leaves the request anonymous, and a parameter only signed-in people
    // may use (status=draft...) then fails as a 400 "invalid parameter" whose details carry the 401.
    if (response.status == 400 && WordPressJson::refusedParameter(response.body))
        error.code = ErrorCode::PlatformCredentialRefused;
    return error;
}

void WordPressClient::later(std::function<void()> work) const
{
    QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
}

} // namespace Podium::Core
