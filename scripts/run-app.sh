#!/usr/bin/env bash
# Installs what is missing, builds (Release), and starts Marginalia on the bundled sample project, or on
# the project file given as the first argument. Arguments that start with "-" go to the window, e.g.
#   scripts/run-app.sh --palette dark
#   QT_QPA_PLATFORM=offscreen scripts/run-app.sh --screenshot window.png   (CI: it starts, then quits)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/install-deps.sh"

build_dir=${MARGINALIA_BUILD_ROOT:-$here/build}/release
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARGINALIA_BUILD_TESTS=OFF \
      -DMARGINALIA_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

project=$build_dir/sample/tutorial.marginalia
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  project=$1
  shift
fi
exec "$build_dir/app/marginalia" "$project" "$@"
