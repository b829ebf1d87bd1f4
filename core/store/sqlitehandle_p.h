#pragma once

// SQLite-only, and only for benchmarks: the C handle under a project's connection, so that a benchmark can
// measure the limit (a bare SQLite transaction, a raw read) on the very connection and file the store uses.
// Nothing in the application may use it: all of its SQL goes through the store.

struct sqlite3;

namespace Marginalia::Core {

class Project;

class SqliteHandle final
{
public:
    static sqlite3 *of(const Project &project);
};

} // namespace Marginalia::Core
