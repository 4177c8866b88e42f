#include "html_text.h"

#include <QHash>
#include <QRegularExpression>

namespace Podium::Core {

namespace {

const QHash<QString, char32_t>& namedEntities()
{
    // The names wptexturize, esc_html and the REST API's error messages actually produce.
    static const QHash<QString, char32_t> names = {
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},      {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},    {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("laquo"), 0xAB},   {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},     {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("times"), 0xD7},   {QStringLiteral("euro"), 0x20AC},  {QStringLiteral("prime"), 0x2032},
        {QStringLiteral("Prime"), 0x2033},
    };
    return names;
}

bool isValidCodePoint(char32_t code)
{
    return code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
}

} // namespace

QString HtmlText::decodeEntities(const QString& html)
{
    if (!html.contains(QLatin1Char('&')))
        return html;
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        const qsizetype semicolon = c == QLatin1Char('&') ? html.indexOf(QLatin1Char(';'), i + 1) : -1;
        // Entity names are short; a far-away ';' means a bare '&' in text.
        if (semicolon < 0 || semicolon - i > 12) {
            out.append(c);
            ++i;
            continue;
        }
        const QString name = html.mid(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            bool ok = false;
            const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok)
                code = value;
        } else {
            code = namedEntities().value(name, 0);
        }
        if (!isValidCodePoint(code)) {
            out.append(c);
            ++i;
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semicolon + 1;
    }
    return out;
}

QString HtmlText::toPlainText(const QString& html)
{
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(breaks, QStringLiteral(" "));
    text.remove(tags);
    return decodeEntities(text).replace(QChar(0xA0), QLatin1Char(' ')).simplified();
}

QString HtmlText::comparable(const QString& html)
{
    // wptexturize rewrites quotes, dashes, ellipses and more, and wpautop adds paragraphs: only the
    // letters and digits survive rendering unchanged.
    const QString text = toPlainText(html);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

} // namespace Podium::Core
