#pragma once

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Marginalia::Fuzz {

/// The folder a target writes its project files in, made once per process. Every input creates or opens a
/// project and SQLite syncs it to disk at each commit, which made a run of the store-backed targets crawl
/// at a few inputs a second; on a memory file system (/dev/shm) a sync costs nothing, so the folder goes
/// there where the machine has one, and to the usual temporary folder otherwise.
inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/marginalia-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/marginalia-fuzz-XXXXXX"));
    return dir;
}

} // namespace Marginalia::Fuzz
