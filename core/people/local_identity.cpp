#include "local_identity.h"

#include <QSettings>

namespace Podium::Core {

namespace {
QString keyFor(const QString& workspaceId)
{
    return QStringLiteral("identity/") + workspaceId;
}
} // namespace

LocalIdentity::LocalIdentity(QSettings& settings)
    : m_settings(settings)
{}

QString LocalIdentity::personId(const QString& workspaceId) const
{
    return m_settings.value(keyFor(workspaceId)).toString();
}

void LocalIdentity::setPersonId(const QString& workspaceId, const QString& personId)
{
    m_settings.setValue(keyFor(workspaceId), personId);
    m_settings.sync();
}

} // namespace Podium::Core
