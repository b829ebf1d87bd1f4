#pragma once

// SQLite-only: copying a project file through SQLite's online backup API, and checking a file with
// PRAGMA quick_check. ProjectBackups (projectbackups.h) decides where copies go and which are kept.

#include "base/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Marginalia::Core::SqliteBackup {

/// Copies the database @p source into a new file @p target through the online backup API, a chunk of
/// pages at a time on a connection of its own that only reads, so that the project's writer (in this process
/// or another) is never held up for longer than one chunk. The copy is left in rollback-journal mode, a
/// single self-contained file that can be read without -wal and -shm files beside it. @p target must not
/// exist; on failure it is removed. @p cancelled, when given, is asked between chunks.
Status copy(const QString &source, const QString &target, const std::function<bool()> &cancelled = {});

/// SQLite's PRAGMA quick_check of the file at @p path, on a connection of its own that only reads: the problems
/// it reports, empty when the file is sound. A file SQLite cannot read at all is one problem.
QStringList quickCheck(const QString &path);

/// PRAGMA application_id of the file at @p path, or std::nullopt when it cannot be read.
std::optional<qint32> applicationId(const QString &path);

/// Puts the database @p path (not open anywhere) into WAL mode, the project's journal mode: a restored
/// backup is then the project file it was copied from, and other programs' connections to it show (isInUse).
Status useWal(const QString &path);

/// Whether a connection (of this process or another) has the SQLite database @p path open: every
/// connection to a WAL database holds a shared lock on it while it is open.
bool isInUse(const QString &path);

} // namespace Marginalia::Core::SqliteBackup
