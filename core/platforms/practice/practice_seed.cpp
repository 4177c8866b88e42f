#include "practice_seed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Podium::Core {

Result<PracticeSeed> PracticeSeed::builtIn()
{
    QFile file(QStringLiteral(":/podium/practice/colleagues.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, file.fileName()};
    return fromJson(file.readAll());
}

Result<PracticeSeed> PracticeSeed::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{ErrorCode::InvalidArgument, parseError.errorString()};
    PracticeSeed seed;
    for (const QJsonValue& value : document.object().value(QLatin1String("colleagues")).toArray()) {
        const QJsonObject object = value.toObject();
        PracticeColleague colleague{
            object.value(QLatin1String("id")).toString(),         object.value(QLatin1String("name")).toString(),
            object.value(QLatin1String("handle")).toString(),     object.value(QLatin1String("title")).toString(),
            object.value(QLatin1String("department")).toString(), object.value(QLatin1String("executive")).toBool()};
        if (colleague.id.isEmpty() || colleague.name.isEmpty() || colleague.handle.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("colleague without id, name or handle")};
        seed.colleagues.append(colleague);
    }
    for (const QJsonValue& value : document.object().value(QLatin1String("posts")).toArray()) {
        const QJsonObject object = value.toObject();
        PracticeSeedPost post{object.value(QLatin1String("author")).toString(),
                              object.value(QLatin1String("hours_ago")).toInt(),
                              object.value(QLatin1String("text")).toString()};
        const bool known = std::any_of(seed.colleagues.cbegin(), seed.colleagues.cend(),
                                       [&](const PracticeColleague& c) { return c.id == post.authorId; });
        if (!known || post.text.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("post by unknown colleague ") + post.authorId};
        seed.posts.append(post);
    }
    return seed;
}

} // namespace Podium::Core
