#pragma once

#include <QString>

namespace Marginalia::Core {

/**
 * Marginalia's version, "0.1.0": the project() version in the top CMakeLists.txt, the one the Debian
 * package carries. The command-line tool's and the window's --version and the About box read it here.
 */
QString versionString();

/**
 * Which source the binary was built from: `git describe --always --dirty` at build time ("c0eacfc",
 * "v0.1.0-3-gc0eacfc-dirty"), or "unknown" when the sources were not a git checkout (a tarball).
 * No date or time: two builds of one source make the same package.
 */
QString buildDescription();

} // namespace Marginalia::Core
