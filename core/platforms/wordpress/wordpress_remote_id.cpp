#include "wordpress_remote_id.h"

namespace Podium::Core {

namespace {

const QLatin1String commentPrefix("comment-");

} // namespace

std::optional<WordPressRemoteId> WordPressRemoteId::parse(const QString& text, Type bare)
{
    WordPressRemoteId id;
    QString digits = text.trimmed();
    id.type = bare;
    if (digits.startsWith(commentPrefix)) {
        id.type = Type::Comment;
        digits = digits.mid(commentPrefix.size());
    }
    bool ok = false;
    id.number = digits.toLongLong(&ok);
    if (!ok || id.number <= 0)
        return std::nullopt;
    return id;
}

QString WordPressRemoteId::forPost(qint64 number)
{
    return QString::number(number);
}

QString WordPressRemoteId::forComment(qint64 number)
{
    return commentPrefix + QString::number(number);
}

QString WordPressRemoteId::toString() const
{
    return type == Type::Comment ? forComment(number) : forPost(number);
}

} // namespace Podium::Core
