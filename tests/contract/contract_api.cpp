#include "contract_api.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace Podium::Tests {

namespace {

constexpr qint64 minimumScheduleOffsetSeconds = 5 * 60;

QByteArray toBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray toBody(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ServerReply json(const QJsonObject& object, int status = 200)
{
    return ServerReply{status, toBody(object), {}, "application/json; charset=utf-8"};
}

ServerReply json(const QJsonArray& array)
{
    return ServerReply{200, toBody(array), {}, "application/json; charset=utf-8"};
}

ServerReply error(int status, const QString& message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// ScheduledStatus validation: scheduled_at must lie more than five minutes ahead.
QString tooSoon()
{
    return QStringLiteral("Validation failed: Scheduled at The scheduled date must be in the future");
}

ServerReply notFound()
{
    return error(404, QStringLiteral("Record not found"));
}

QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// The text fields of a multipart/form-data body (files are not part of this contract).
void addMultipartFields(const ServerRequest& request, QHash<QString, QString>& params)
{
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return;
    QByteArray boundary = type.mid(at + 9);
    if (const qsizetype end = boundary.indexOf(';'); end >= 0)
        boundary.truncate(end);
    boundary = "--" + boundary.trimmed().replace("\"", "");
    const QByteArray& body = request.body;
    for (qsizetype from = body.indexOf(boundary), next = 0; from >= 0; from = next) {
        const qsizetype start = from + boundary.size();
        next = body.indexOf(boundary, start);
        if (next < 0)
            break;
        const QByteArrayView part = QByteArrayView(body).sliced(start, next - start);
        const qsizetype headEnd = part.indexOf(QByteArrayView("\r\n\r\n"));
        if (headEnd < 0)
            continue;
        const QByteArray head = part.first(headEnd).toByteArray();
        const qsizetype nameAt = head.indexOf("name=\"");
        if (nameAt < 0)
            continue;
        const qsizetype nameEnd = head.indexOf('"', nameAt + 6);
        QByteArrayView value = part.sliced(headEnd + 4);
        if (value.endsWith("\r\n"))
            value.chop(2);
        params.insert(QString::fromUtf8(head.mid(nameAt + 6, nameEnd - nameAt - 6)), QString::fromUtf8(value));
    }
}

// Rails merges query and body parameters; the body wins.
QHash<QString, QString> mergedParams(const ServerRequest& request)
{
    QHash<QString, QString> params;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    if (request.body.isEmpty())
        return params;
    if (request.header("content-type").startsWith("multipart/form-data")) {
        addMultipartFields(request, params);
    } else if (request.header("content-type").startsWith("application/json")) {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            params.insert(it.key(), valueText(it.value()));
    } else {
        QByteArray spaced = request.body;
        spaced.replace('+', "%20");
        for (const auto& [key, value] : QUrlQuery(QString::fromUtf8(spaced)).queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    }
    return params;
}

int graphemes(QStringView text)
{
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), int(text.size()));
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

} // namespace

ContractApi::ContractApi(ContractStore& store, const QUrl& baseUrl, const QString& token)
    : m_store(store)
    , m_json(baseUrl)
    , m_baseUrl(baseUrl)
    , m_token(token)
{}

void ContractApi::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
    m_json = ContractJson(baseUrl);
}

int ContractApi::countCharacters(const QString& text)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    int total = 0;
    qsizetype position = 0;
    for (QRegularExpressionMatchIterator it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        total += graphemes(QStringView(text).mid(position, match.capturedStart() - position)) +
                 ContractJson::charactersReservedPerUrl;
        position = match.capturedEnd();
    }
    return total + graphemes(QStringView(text).mid(position));
}

ServerReply ContractApi::handle(const ServerRequest& request, const QDateTime& now)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray& method = request.method;
    const bool instance =
        parts.size() == 3 && parts.at(0) == QLatin1String("api") && parts.at(2) == QLatin1String("instance");
    // Instance information is public, but a wrong token is refused everywhere.
    const bool hasToken = !request.header("authorization").isEmpty();
    if ((!instance || hasToken) && !authorised(request))
        return error(401, QStringLiteral("The access token is invalid"));
    if (instance && method == "GET") {
        if (parts.at(1) == QLatin1String("v2"))
            return json(m_json.instanceV2());
        if (parts.at(1) == QLatin1String("v1"))
            return json(m_json.instanceV1());
    }
    if (parts.size() < 3 || parts.at(0) != QLatin1String("api") || parts.at(1) != QLatin1String("v1"))
        return notFound();
    const QString& section = parts.at(2);
    if (section == QLatin1String("statuses") && parts.size() == 3 && method == "POST")
        return createStatus(request, mergedParams(request), now);
    if (section == QLatin1String("statuses") && parts.size() >= 4)
        return statusAction(request, parts);
    if (section == QLatin1String("accounts"))
        return accountAction(request, parts);
    if (section == QLatin1String("timelines") && parts.size() == 4 && parts.at(3) == QLatin1String("home") &&
        method == "GET")
        return timeline(request, request.path);
    if (section == QLatin1String("scheduled_statuses"))
        return scheduledStatuses(request, parts, mergedParams(request), now);
    return notFound();
}

ServerReply ContractApi::createStatus(const ServerRequest& request, const Params& params, const QDateTime& now)
{
    ContractPostParams post;
    post.text = params.value(QStringLiteral("status"));
    post.inReplyToId = params.value(QStringLiteral("in_reply_to_id"));
    post.visibility = params.value(QStringLiteral("visibility"), QStringLiteral("public"));
    if (post.visibility.isEmpty())
        post.visibility = QStringLiteral("public");
    post.language = params.value(QStringLiteral("language"));
    post.spoilerText = params.value(QStringLiteral("spoiler_text"));
    if (!post.inReplyToId.isEmpty() && !m_store.status(post.inReplyToId))
        return error(404, QStringLiteral("The post you are trying to reply to does not appear to exist."));

    // Mastodon answers a repeated key with what the first request produced, before any validation.
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (const std::optional<ContractStore::KeyedResult> earlier = m_store.findKey(key, now)) {
        if (earlier->scheduled) {
            if (const ContractScheduledStatus* scheduled = m_store.scheduled(earlier->id))
                return json(m_json.scheduled(*scheduled));
        } else if (const ContractStatus* status = m_store.status(earlier->id)) {
            return json(m_json.status(*status));
        }
    }

    if (isBlank(post.text))
        return error(422, QStringLiteral("Validation failed: Text can't be blank"));
    // Mastodon counts the content warning together with the text.
    if (countCharacters(post.spoilerText + post.text) > ContractJson::maxCharacters) {
        return error(
            422,
            QStringLiteral("Validation failed: Text character limit of %1 exceeded").arg(ContractJson::maxCharacters));
    }
    static const QStringList visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                                          QStringLiteral("private"), QStringLiteral("direct")};
    if (!visibilities.contains(post.visibility))
        return error(422, QStringLiteral("Validation failed: Visibility is not included in the list"));

    const QString scheduledText = params.value(QStringLiteral("scheduled_at"));
    const QDateTime scheduledAt = QDateTime::fromString(scheduledText, Qt::ISODateWithMs);
    if (!scheduledText.isEmpty() && !scheduledAt.isValid())
        return error(422, QStringLiteral("Record invalid"));
    // Current Mastodon posts a time already past at once; only a future time within the offset is refused.
    if (scheduledText.isEmpty() || scheduledAt <= now)
        return json(m_json.status(m_store.addStatus(post, key, now)));
    if (scheduledAt <= now.addSecs(minimumScheduleOffsetSeconds))
        return error(422, tooSoon());
    return json(m_json.scheduled(m_store.addScheduled(post, key, scheduledAt.toUTC(), now)));
}

ServerReply ContractApi::timeline(const ServerRequest& request, const QString& path)
{
    ContractStore::PageQuery query;
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    query.limit = ok ? std::clamp(limit, 1, 40) : 20;
    query.maxId = request.query.queryItemValue(QStringLiteral("max_id"));
    query.sinceId = request.query.queryItemValue(QStringLiteral("since_id"));
    query.minId = request.query.queryItemValue(QStringLiteral("min_id"));
    const QList<const ContractStatus*> page = m_store.page(query);
    ServerReply reply = json(m_json.statuses(page));
    if (page.isEmpty())
        return reply;
    const auto link = [&](const QString& name, const QString& id) -> QByteArray {
        QUrl url = m_baseUrl;
        url.setPath(path);
        url.setQuery(QStringLiteral("limit=%1&%2=%3").arg(query.limit).arg(name, id));
        return QByteArray("<") + url.toEncoded() + QByteArray(">");
    };
    // Like Mastodon, "next" only while a page comes back full; "prev" whenever there was a page.
    QByteArray header;
    if (page.size() == query.limit)
        header = link(QStringLiteral("max_id"), page.last()->id) + "; rel=\"next\", ";
    header += link(QStringLiteral("min_id"), page.first()->id) + "; rel=\"prev\"";
    reply.headers.append({"Link", header});
    return reply;
}

ServerReply ContractApi::scheduledStatuses(const ServerRequest& request, const QStringList& parts, const Params& params,
                                           const QDateTime& now)
{
    const QByteArray& method = request.method;
    if (parts.size() == 3 && method == "GET") {
        bool ok = false;
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        QJsonArray result;
        for (const ContractScheduledStatus* scheduled : m_store.scheduledPage(
                 ok ? std::clamp(limit, 1, 40) : 20, request.query.queryItemValue(QStringLiteral("max_id"))))
            result.append(m_json.scheduled(*scheduled));
        return json(result);
    }
    if (parts.size() != 4)
        return notFound();
    const QString& id = parts.at(3);
    const ContractScheduledStatus* scheduled = m_store.scheduled(id);
    if (!scheduled)
        return notFound();
    if (method == "GET")
        return json(m_json.scheduled(*scheduled));
    if (method == "DELETE") {
        m_store.removeScheduled(id);
        return json(QJsonObject());
    }
    if (method == "PUT") {
        const QDateTime scheduledAt =
            QDateTime::fromString(params.value(QStringLiteral("scheduled_at")), Qt::ISODateWithMs);
        if (!scheduledAt.isValid())
            return error(422, QStringLiteral("Record invalid"));
        if (scheduledAt <= now.addSecs(minimumScheduleOffsetSeconds))
            return error(422, tooSoon());
        m_store.reschedule(id, scheduledAt.toUTC());
        return json(m_json.scheduled(*m_store.scheduled(id)));
    }
    return notFound();
}

ServerReply ContractApi::statusAction(const ServerRequest& request, const QStringList& parts)
{
    const QString& id = parts.at(3);
    const ContractStatus* status = m_store.status(id);
    if (!status)
        return notFound();
    if (parts.size() == 4 && request.method == "GET")
        return json(m_json.status(*status));
    if (parts.size() == 5 && parts.at(4) == QLatin1String("context") && request.method == "GET") {
        return json(QJsonObject{{QStringLiteral("ancestors"), m_json.statuses(m_store.ancestors(id))},
                                {QStringLiteral("descendants"), m_json.statuses(m_store.descendants(id))}});
    }
    if (parts.size() == 5 && parts.at(4) == QLatin1String("favourite") && request.method == "POST") {
        m_store.favourite(id);
        return json(m_json.status(*m_store.status(id)));
    }
    return notFound();
}

ServerReply ContractApi::accountAction(const ServerRequest& request, const QStringList& parts)
{
    if (parts.size() == 4 && parts.at(3) == QLatin1String("verify_credentials") && request.method == "GET")
        return json(m_json.credentialAccount());
    if (parts.size() < 4)
        return notFound();
    const QString& id = parts.at(3);
    if (id != ContractJson::ownAccountId && id != ContractJson::otherAccountId)
        return notFound();
    if (parts.size() == 4 && request.method == "GET")
        return json(m_json.account(id));
    if (parts.size() == 5 && parts.at(4) == QLatin1String("statuses") && request.method == "GET") {
        if (id != ContractJson::ownAccountId)
            return json(QJsonArray());
        return timeline(request, request.path);
    }
    if (parts.size() == 5 && parts.at(4) == QLatin1String("follow") && request.method == "POST") {
        if (id == ContractJson::ownAccountId)
            return error(403, QStringLiteral("This action is not allowed"));
        return json(m_json.relationship(id));
    }
    return notFound();
}

bool ContractApi::authorised(const ServerRequest& request) const
{
    const QByteArray value = request.header("authorization");
    return !m_token.isEmpty() && value == QByteArray("Bearer ") + m_token.toUtf8();
}

} // namespace Podium::Tests
