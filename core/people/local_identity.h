#pragma once

#include <QString>

class QSettings;

namespace Podium::Core {

/// Remembers, per machine, which Person "I" am in each workspace. A shared PostgreSQL workspace holds many
/// people, so this cannot live in the database.
class LocalIdentity
{
public:
    explicit LocalIdentity(QSettings& settings);

    QString personId(const QString& workspaceId) const;
    void setPersonId(const QString& workspaceId, const QString& personId);

private:
    QSettings& m_settings;
};

} // namespace Podium::Core
