#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Podium::Tests {

/// A tiny tmpfs mounted for one test, so "disk full" is a real ENOSPC from the kernel. Mounting needs root;
/// isMounted() says whether it worked so the test can fall back to SQLite's own page limit.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(int kilobytes);
    ~SmallFileSystem();

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    /// Fills the file system until only about `kilobytes` remain free.
    void fillLeaving(int kilobytes);

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace Podium::Tests
