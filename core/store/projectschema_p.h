#pragma once

#include "base/result.h"

class QSqlDatabase;

namespace Marginalia::Core::ProjectSchema {

/// Brings a database at schema @p fromVersion (0: empty) to Project::SchemaVersion, in the caller's
/// transaction. Each step is an `if (from < N)` block that is never edited once released.
Status migrate(QSqlDatabase &db, int fromVersion);

/// Schema version 1, exactly as released, for tests that need an old file to migrate.
Status createVersion1(QSqlDatabase &db);

} // namespace Marginalia::Core::ProjectSchema
