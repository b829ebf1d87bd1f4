#!/usr/bin/env bash
# Builds the importers' fuzz targets (tests/fuzz) with clang's libFuzzer and AddressSanitizer, in a build
# tree of their own, writes a seed corpus, and runs every target for a bounded time.
#   scripts/fuzz.sh [SECONDS]      seconds per target (default 20)
# Env:
#   MARGINALIA_BUILD_ROOT   where build trees go (default: build/ in the checkout); this one is fuzz/
#   FUZZ_TARGETS            the targets to run (default: all five)
# Exits non-zero when a target finds a crash, a memory error, a leak or a hang; the input that did it is
# kept in <build>/artifacts/ and printed, so that it can become a test.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-20}
case "$seconds" in
  ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not \"$seconds\"" >&2; exit 2 ;;
esac
targets=${FUZZ_TARGETS:-"fuzz_textdecoder fuzz_html fuzz_officexml fuzz_zip fuzz_pdf fuzz_refiqda fuzz_attributecsv"}
build=${MARGINALIA_BUILD_ROOT:-$here/build}/fuzz

"$here/scripts/install-deps.sh"
# libFuzzer ships with clang; its runtime is in libclang-rt-dev (Debian 12 and 13).
if ! command -v clang++ >/dev/null || ! compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' >/dev/null; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "fuzz.sh: installing clang and libclang-rt-dev"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
fi

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARGINALIA_FUZZ=ON \
  -DMARGINALIA_BUILD_TESTS=OFF -DMARGINALIA_BUILD_BENCH=OFF -DMARGINALIA_WITH_KSYNTAXHIGHLIGHTING=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target fuzz_seeds $targets

seeds="$build/seeds"
rm -rf "$seeds"
"$build/tests/fuzz/fuzz_seeds" "$seeds" "$here/../shared"
mkdir -p "$build/artifacts"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
failed=()
for target in $targets; do
  name=${target#fuzz_}
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  echo "== $target: $seconds s"
  # New inputs go to the first folder (kept between runs), the seeds are read from the second.
  if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$name-" "$corpus" "$seeds/$name" 2>"$build/$name.log"; then
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build/$name.log" | sed "s/^/   /" || true
    tail -n 1 "$build/$name.log" | sed "s/^/   /"
  else
    failed+=("$target")
    echo "fuzz.sh: $target FAILED; the log is $build/$name.log, the input:" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$build/$name.log" >&2 || tail -n 30 "$build/$name.log" >&2
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings in ${seconds} s per target"
