#include "wordpress_endpoint.h"

namespace Podium::Core {

WordPressEndpoint::WordPressEndpoint(const QUrl& siteUrl, Form form)
    : m_site(siteRoot(siteUrl))
    , m_form(form)
{}

QUrl WordPressEndpoint::siteRoot(const QUrl& url)
{
    QUrl root =
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    QString path = root.path();
    for (const QLatin1String suffix : {QLatin1String("/wp-json"), QLatin1String("/index.php")}) {
        if (path.endsWith(suffix))
            path.chop(suffix.size());
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    root.setPath(path);
    return root;
}

bool WordPressEndpoint::isUsableSiteUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl WordPressEndpoint::url(const QString& route, const QUrlQuery& query) const
{
    const QString normalisedRoute = route.startsWith(QLatin1Char('/')) ? route : QLatin1Char('/') + route;
    QUrl result = m_site;
    if (m_form == Form::Path) {
        result.setPath(m_site.path() + QStringLiteral("/wp-json") + normalisedRoute);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }
    result.setPath(m_site.path() + QLatin1Char('/'));
    QString encoded =
        QStringLiteral("rest_route=") + QString::fromLatin1(QUrl::toPercentEncoding(normalisedRoute, "/"));
    if (!query.isEmpty())
        encoded += QLatin1Char('&') + query.query(QUrl::FullyEncoded);
    result.setQuery(encoded, QUrl::StrictMode);
    return result;
}

} // namespace Podium::Core
