#include "link_header.h"

#include <cstring>

namespace Podium::Core {

namespace {

// A small cursor over the header: RFC 8288 allows quoted strings (with commas and semicolons inside)
// as parameter values, so splitting at commas is not enough.
class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    QByteArray until(const char* stops)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !std::strchr(stops, peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    QByteArray quoted()
    {
        QByteArray value;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value.append(peek());
            ++m_pos;
        }
        ++m_pos; // the closing quote
        return value;
    }
    // Skips to just past the next comma that is outside quotes, after a malformed entry.
    void skipEntry()
    {
        bool inQuotes = false;
        while (!atEnd()) {
            const char c = peek();
            ++m_pos;
            if (c == '"')
                inQuotes = !inQuotes;
            else if (c == ',' && !inQuotes)
                return;
        }
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<LinkHeader::Link> LinkHeader::parse(const QByteArray& header, const QUrl& base)
{
    QList<Link> links;
    Scanner scanner(header);
    while (true) {
        scanner.skipSpace();
        while (scanner.take(','))
            scanner.skipSpace();
        if (scanner.atEnd())
            break;
        if (!scanner.take('<')) {
            scanner.skipEntry();
            continue;
        }
        const QByteArray target = scanner.until(">");
        if (!scanner.take('>')) {
            scanner.skipEntry();
            continue;
        }
        Link link;
        const QUrl url(QString::fromUtf8(target.trimmed()));
        link.target = base.isValid() ? base.resolved(url) : url;
        while (scanner.take(';')) {
            scanner.skipSpace();
            const QByteArray name = scanner.until("=;, \t").trimmed().toLower();
            QByteArray value;
            if (scanner.take('=')) {
                scanner.skipSpace();
                value = scanner.take('"') ? scanner.quoted() : scanner.until(";,").trimmed();
            }
            // Only the first rel counts (RFC 8288 section 3.3).
            if (name == "rel" && link.relations.isEmpty())
                link.relations = QString::fromUtf8(value).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        scanner.skipSpace();
        if (!scanner.atEnd() && scanner.peek() != ',') {
            scanner.skipEntry();
            continue;
        }
        if (link.target.isValid())
            links.append(std::move(link));
    }
    return links;
}

QUrl LinkHeader::find(const QByteArray& header, const QString& relation, const QUrl& base)
{
    for (const Link& link : parse(header, base))
        if (link.relations.contains(relation.toLower()))
            return link.target;
    return {};
}

} // namespace Podium::Core
