#!/usr/bin/env bash
# Writes the golden files of the CSV exports (tests/golden/csv/) anew from tst_csvgolden, for a change
# to the exports made on purpose. Review `git diff tests/golden` before committing: every changed byte is
# something a user's script or spreadsheet will see.
#   scripts/update-golden.sh [BUILD_DIR]      (default: build/debug, as scripts/test.sh makes it)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${MARGINALIA_BUILD_ROOT:-$here/build}/debug}
cmake --build "$build" --target tst_csvgolden
MARGINALIA_UPDATE_GOLDEN=1 "$build/tests/tst_csvgolden"
git -C "$here" status --short tests/golden
