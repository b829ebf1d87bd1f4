#pragma once

#include "base/result.h"

#include <QStringList>

// SQLite-only: the DDL of the project file, in SQLite's dialect.

namespace Marginalia::Core {
class SqliteConnection;
}

namespace Marginalia::Core::ProjectSchema {

/// Brings a database at schema @p fromVersion (0: empty) to Project::SchemaVersion, in the caller's
/// transaction. Each step is an `if (from < N)` block that is never edited once released.
Status migrate(SqliteConnection &db, int fromVersion);

/// Schema version 1, exactly as released.
Status createVersion1(SqliteConnection &db);
/// Its statements, for tests that make an old file to migrate through a connection of their own.
QStringList version1Statements();

} // namespace Marginalia::Core::ProjectSchema
