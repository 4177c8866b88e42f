#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Podium::Core {

/// Builds the REST API URLs of one WordPress site, in whichever of WordPress's two forms the site answers:
/// `/wp-json/<route>` with pretty permalinks, `/?rest_route=<route>` without them.
class WordPressEndpoint
{
public:
    enum class Form
    {
        /// `https://example.com/blog/wp-json/wp/v2/posts?slug=x`
        Path,
        /// `https://example.com/blog/?rest_route=/wp/v2/posts&slug=x`
        Query,
    };

    WordPressEndpoint(const QUrl& siteUrl, Form form);

    /// The site's home address as people paste it, reduced to what the routes hang off: no query,
    /// fragment or trailing slash, and no `/wp-json` or `/index.php` the person may have copied along.
    static QUrl siteRoot(const QUrl& url);
    /// True for an absolute http(s) URL with a host: anything else cannot be a WordPress site.
    static bool isUsableSiteUrl(const QUrl& url);

    /// The URL of `route` (such as "/wp/v2/posts" or "/" for the index) with these query items.
    QUrl url(const QString& route, const QUrlQuery& query = {}) const;

    QUrl siteUrl() const { return m_site; }
    Form form() const { return m_form; }

private:
    QUrl m_site;
    Form m_form;
};

} // namespace Podium::Core
