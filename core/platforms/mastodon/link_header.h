#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Podium::Core {

/// Reads RFC 8288 `Link` headers, through which the Mastodon API hands out the next page of a list.
class LinkHeader
{
public:
    struct Link
    {
        QUrl target;
        /// The relation types, lower-cased (`rel="next prev"` gives two).
        QStringList relations;
    };

    /// Every link in the header, in order; malformed entries are skipped. Relative targets are resolved
    /// against `base`.
    static QList<Link> parse(const QByteArray& header, const QUrl& base = {});
    /// The first target with this relation (such as "next"); empty when there is none.
    static QUrl find(const QByteArray& header, const QString& relation, const QUrl& base = {});
};

} // namespace Podium::Core
