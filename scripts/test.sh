#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   scripts/test.sh            Debug build, warnings as errors, the whole suite
#   scripts/test.sh --asan     the same with AddressSanitizer and UndefinedBehaviorSanitizer
#   scripts/test.sh --build-dir DIR
# Build trees go to $MARGINALIA_BUILD_ROOT (default: build/ in the checkout), one per flavour.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
flavour=debug
build_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --asan) flavour=asan ;;
    --build-dir) build_dir="$2"; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

"$here/scripts/install-deps.sh"

build_root=${MARGINALIA_BUILD_ROOT:-$here/build}
[ -n "$build_dir" ] || build_dir="$build_root/$flavour"

options=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DMARGINALIA_WARNINGS_AS_ERRORS=ON)
if [ "$flavour" = asan ]; then
  options+=(-DMARGINALIA_SANITIZE=ON -DMARGINALIA_BUILD_BENCH=OFF)
fi

cmake -S "$here" -B "$build_dir" "${options[@]}"
cmake --build "$build_dir" --parallel "$(nproc)"
# Tests are independent processes; two at a time matches the machines this runs on.
log="$build_dir/Testing/Temporary/LastTest.log"
failing_lines() {
  grep -aE "^(FAIL!|   Loc:|QFATAL|XPASS)|Received signal|Test Failed|Timeout" "$log" | head -60 || true
}
if QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"; then
  exit 0
fi
# CI keeps only the start and the end of a long log: what failed, and where, goes at the very end.
failed_list="$build_dir/Testing/Temporary/LastTestsFailed.log"
first_failures=$(failing_lines)
failed=$(cut -d: -f2 "$failed_list" | tr '\n' ' ')
echo
echo "== failed: $failed; running them once more, alone"
if QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --rerun-failed; then
  # Passing alone means the failure depends on timing or load: reported loudly, to be fixed, but it does
  # not stop the build. A test that fails twice does.
  echo
  echo "== FLAKY (failed once, passed alone): $failed"
  echo "$first_failures"
  exit 0
fi
twice=$(cut -d: -f2 "$failed_list" | tr '\n' ' ')
echo
echo "== FAILED (twice): $twice"
for name in $failed; do
  [[ " $twice " == *" $name "* ]] || echo "== FLAKY (failed once, passed alone): $name"
done
echo "== first run:"
echo "$first_failures"
echo "== second run:"
failing_lines
exit 8
