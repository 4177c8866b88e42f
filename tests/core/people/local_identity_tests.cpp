#include "people/local_identity.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

using namespace Podium::Core;

TEST_CASE("LocalIdentity remembers who I am separately for each workspace")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        LocalIdentity identity(settings);
        CHECK(identity.personId(QStringLiteral("w1")).isEmpty());
        identity.setPersonId(QStringLiteral("w1"), QStringLiteral("p1"));
        identity.setPersonId(QStringLiteral("w2"), QStringLiteral("p2"));
    }
    QSettings settings(file, QSettings::IniFormat);
    LocalIdentity identity(settings);
    CHECK(identity.personId(QStringLiteral("w1")) == QStringLiteral("p1"));
    CHECK(identity.personId(QStringLiteral("w2")) == QStringLiteral("p2"));
}
