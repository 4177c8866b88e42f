#include "small_file_system.h"

#include <QFile>
#include <QProcess>
#include <QStorageInfo>

namespace Podium::Tests {

SmallFileSystem::SmallFileSystem(int kilobytes)
{
    if (!m_dir.isValid())
        return;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path()});
    m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

void SmallFileSystem::fillLeaving(int kilobytes)
{
    QFile filler(m_dir.filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QByteArray block(1024, 'x');
    while (QStorageInfo(m_dir.path()).bytesAvailable() > qint64(kilobytes) * 1024) {
        if (filler.write(block) != block.size() || !filler.flush())
            break;
    }
}

} // namespace Podium::Tests
