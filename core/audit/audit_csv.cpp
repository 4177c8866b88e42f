#include "audit_csv.h"

#include <QStringList>

namespace Podium::Core {

QString AuditCsv::header()
{
    return QStringLiteral("id,occurred_at,actor_id,acting_for_id,action,subject_type,subject_id,detail\r\n");
}

QString AuditCsv::row(const AuditEvent& event)
{
    const QStringList fields{event.id,        event.occurredAt.toUTC().toString(Qt::ISODateWithMs),
                             event.actorId,   event.actingForId,
                             event.action,    event.subjectType,
                             event.subjectId, event.detail};
    QStringList escaped;
    for (const QString& value : fields)
        escaped.append(field(value));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString AuditCsv::field(const QString& value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace Podium::Core
