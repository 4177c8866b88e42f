#include "contract_json.h"

namespace Podium::Tests {

namespace {

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString htmlContent(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br />"));
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

} // namespace

ContractJson::ContractJson(const QUrl& baseUrl)
    : m_base(baseUrl.toString(QUrl::StripTrailingSlash))
    , m_domain(baseUrl.authority())
{}

QJsonObject ContractJson::account(const QString& id) const
{
    const bool own = id == ownAccountId;
    const QString avatar = m_base + QStringLiteral("/avatars/original/missing.png");
    const QString header = m_base + QStringLiteral("/headers/original/missing.png");
    const QString username = own ? QStringLiteral("contract") : QStringLiteral("friend");
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("acct"), username},
        {QStringLiteral("display_name"), own ? QStringLiteral("Contract Tester") : QStringLiteral("A Friend")},
        {QStringLiteral("locked"), false},
        {QStringLiteral("bot"), false},
        {QStringLiteral("group"), false},
        {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.000Z")},
        {QStringLiteral("note"), QString()},
        {QStringLiteral("url"), QString(m_base + QStringLiteral("/@") + username)},
        {QStringLiteral("avatar"), avatar},
        {QStringLiteral("avatar_static"), avatar},
        {QStringLiteral("header"), header},
        {QStringLiteral("header_static"), header},
        {QStringLiteral("followers_count"), 0},
        {QStringLiteral("following_count"), 0},
        {QStringLiteral("statuses_count"), 0},
        {QStringLiteral("last_status_at"), QJsonValue::Null},
        {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("fields"), QJsonArray()},
    };
}

QJsonObject ContractJson::credentialAccount() const
{
    QJsonObject result = account(ownAccountId);
    result.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("privacy"), QStringLiteral("public")},
                                                        {QStringLiteral("sensitive"), false},
                                                        {QStringLiteral("language"), QString()},
                                                        {QStringLiteral("note"), QString()},
                                                        {QStringLiteral("fields"), QJsonArray()},
                                                        {QStringLiteral("follow_requests_count"), 0}});
    return result;
}

QJsonObject ContractJson::status(const ContractStatus& status) const
{
    const ContractPostParams& params = status.params;
    const QString url = m_base + QStringLiteral("/@contract/") + status.id;
    const QString uri = m_base + QStringLiteral("/users/contract/statuses/") + status.id;
    return QJsonObject{
        {QStringLiteral("id"), status.id},
        {QStringLiteral("created_at"), timestamp(status.createdAt)},
        {QStringLiteral("in_reply_to_id"), stringOrNull(params.inReplyToId)},
        {QStringLiteral("in_reply_to_account_id"),
         params.inReplyToId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ownAccountId)},
        {QStringLiteral("sensitive"), !params.spoilerText.isEmpty()},
        {QStringLiteral("spoiler_text"), params.spoilerText},
        {QStringLiteral("visibility"), params.visibility},
        {QStringLiteral("language"), stringOrNull(params.language)},
        {QStringLiteral("uri"), uri},
        {QStringLiteral("url"), url},
        {QStringLiteral("replies_count"), status.repliesCount},
        {QStringLiteral("reblogs_count"), 0},
        {QStringLiteral("favourites_count"), status.favourited ? 1 : 0},
        {QStringLiteral("edited_at"), QJsonValue::Null},
        {QStringLiteral("favourited"), status.favourited},
        {QStringLiteral("reblogged"), false},
        {QStringLiteral("muted"), false},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("pinned"), false},
        {QStringLiteral("content"), htmlContent(params.text)},
        {QStringLiteral("reblog"), QJsonValue::Null},
        {QStringLiteral("application"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Podium")},
                                                    {QStringLiteral("website"), QJsonValue::Null}}},
        {QStringLiteral("account"), account(ownAccountId)},
        {QStringLiteral("media_attachments"), QJsonArray()},
        {QStringLiteral("mentions"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("card"), QJsonValue::Null},
        {QStringLiteral("poll"), QJsonValue::Null},
    };
}

QJsonArray ContractJson::statuses(const QList<const ContractStatus*>& statuses) const
{
    QJsonArray result;
    for (const ContractStatus* entry : statuses)
        result.append(status(*entry));
    return result;
}

QJsonObject ContractJson::scheduled(const ContractScheduledStatus& scheduled) const
{
    const ContractPostParams& params = scheduled.params;
    const QJsonObject stored{
        {QStringLiteral("text"), params.text},
        {QStringLiteral("poll"), QJsonValue::Null},
        {QStringLiteral("media_ids"), QJsonValue::Null},
        {QStringLiteral("sensitive"), QJsonValue::Null},
        {QStringLiteral("spoiler_text"), stringOrNull(params.spoilerText)},
        {QStringLiteral("visibility"), params.visibility},
        {QStringLiteral("scheduled_at"), QJsonValue::Null},
        {QStringLiteral("language"), stringOrNull(params.language)},
        {QStringLiteral("in_reply_to_id"), stringOrNull(params.inReplyToId)},
        {QStringLiteral("application_id"), QStringLiteral("1")},
        {QStringLiteral("idempotency"), stringOrNull(scheduled.idempotencyKey)},
        {QStringLiteral("with_rate_limit"), false},
    };
    return QJsonObject{{QStringLiteral("id"), scheduled.id},
                       {QStringLiteral("scheduled_at"), timestamp(scheduled.scheduledAt)},
                       {QStringLiteral("params"), stored},
                       {QStringLiteral("media_attachments"), QJsonArray()}};
}

QJsonObject ContractJson::relationship(const QString& accountId) const
{
    return QJsonObject{{QStringLiteral("id"), accountId},
                       {QStringLiteral("following"), true},
                       {QStringLiteral("showing_reblogs"), true},
                       {QStringLiteral("notifying"), false},
                       {QStringLiteral("languages"), QJsonValue::Null},
                       {QStringLiteral("followed_by"), false},
                       {QStringLiteral("blocking"), false},
                       {QStringLiteral("blocked_by"), false},
                       {QStringLiteral("muting"), false},
                       {QStringLiteral("muting_notifications"), false},
                       {QStringLiteral("requested"), false},
                       {QStringLiteral("domain_blocking"), false},
                       {QStringLiteral("endorsed"), false},
                       {QStringLiteral("note"), QString()}};
}

QJsonObject ContractJson::instanceV1() const
{
    return QJsonObject{
        {QStringLiteral("uri"), m_domain},
        {QStringLiteral("title"), QStringLiteral("Podium contract server")},
        {QStringLiteral("short_description"), QStringLiteral("Follows the documented Mastodon client API")},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("email"), QString()},
        {QStringLiteral("version"), QStringLiteral("4.2.0")},
        {QStringLiteral("urls"), QJsonObject{{QStringLiteral("streaming_api"), QString()}}},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("user_count"), 2},
                                              {QStringLiteral("status_count"), 0},
                                              {QStringLiteral("domain_count"), 1}}},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("registrations"), false},
        {QStringLiteral("approval_required"), false},
        {QStringLiteral("invites_enabled"), false},
        {QStringLiteral("configuration"),
         QJsonObject{{QStringLiteral("statuses"),
                      QJsonObject{{QStringLiteral("max_characters"), maxCharacters},
                                  {QStringLiteral("max_media_attachments"), 4},
                                  {QStringLiteral("characters_reserved_per_url"), charactersReservedPerUrl}}}}},
        {QStringLiteral("contact_account"), account(ownAccountId)},
        {QStringLiteral("rules"), QJsonArray()},
    };
}

QJsonObject ContractJson::instanceV2() const
{
    const QJsonObject statuses{{QStringLiteral("max_characters"), maxCharacters},
                               {QStringLiteral("max_media_attachments"), 4},
                               {QStringLiteral("characters_reserved_per_url"), charactersReservedPerUrl}};
    return QJsonObject{
        {QStringLiteral("domain"), m_domain},
        {QStringLiteral("title"), QStringLiteral("Podium contract server")},
        {QStringLiteral("version"), QStringLiteral("4.2.0")},
        {QStringLiteral("source_url"), QStringLiteral("https://github.com/mastodon/mastodon")},
        {QStringLiteral("description"), QStringLiteral("Follows the documented Mastodon client API")},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("users"), QJsonObject{{QStringLiteral("active_month"), 1}}}}},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("configuration"),
         QJsonObject{{QStringLiteral("urls"), QJsonObject{{QStringLiteral("streaming"), QString()}}},
                     {QStringLiteral("accounts"), QJsonObject{{QStringLiteral("max_featured_tags"), 10}}},
                     {QStringLiteral("statuses"), statuses},
                     {QStringLiteral("polls"), QJsonObject{{QStringLiteral("max_options"), 4},
                                                           {QStringLiteral("max_characters_per_option"), 50},
                                                           {QStringLiteral("min_expiration"), 300},
                                                           {QStringLiteral("max_expiration"), 2629746}}},
                     {QStringLiteral("translation"), QJsonObject{{QStringLiteral("enabled"), false}}}}},
        {QStringLiteral("registrations"), QJsonObject{{QStringLiteral("enabled"), false},
                                                      {QStringLiteral("approval_required"), false},
                                                      {QStringLiteral("message"), QJsonValue::Null}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("email"), QString()}, {QStringLiteral("account"), account(ownAccountId)}}},
        {QStringLiteral("rules"), QJsonArray()},
    };
}

QString ContractJson::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace Podium::Tests
