#include "status_text.h"

#include <QRegularExpression>

namespace Podium::Core {

QString StatusText::fromHtml(const QString& html)
{
    static const QRegularExpression breaks(QStringLiteral(R"(<br\s*/?>|</p\s*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    QString text = html;
    text.replace(breaks, QStringLiteral("\n"));
    // Links and mentions keep their visible text: Mastodon splits a long URL into invisible and
    // ellipsis spans whose texts together are the whole URL.
    text.remove(tags);
    return normalized(decodeEntities(text));
}

QString StatusText::normalized(const QString& text)
{
    return text.simplified();
}

QString StatusText::comparable(const QString& text)
{
    // The part before the domain is kept; the domain goes if it follows a mention at a word start.
    static const QRegularExpression mentionDomain(QStringLiteral(R"((^|[^\w@/])(@\w+)@[\w.-]+\w)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    QString comparable = normalized(text);
    comparable.replace(mentionDomain, QStringLiteral("\\1\\2"));
    return comparable;
}

QString StatusText::decodeEntities(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});)"));
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t codePoint = code;
                replacement = QString::fromUcs4(&codePoint, 1);
            }
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QStringLiteral(" ");
        }
        if (replacement.isEmpty())
            continue;
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        decoded += replacement;
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

} // namespace Podium::Core
