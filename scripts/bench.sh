#!/usr/bin/env bash
# Builds the benchmarks in bench/ (Release, in a build tree of their own) and runs them. Each writes a
# Markdown report to stdout and to the results folder; paste it into docs/benchmarks.md.
#
#   scripts/bench.sh                       build, then run every benchmark
#   scripts/bench.sh --bench NAME          run only bench/bench_NAME.cpp (repeatable), e.g. --bench largeproject
#   scripts/bench.sh --build-dir DIR       build tree (default: $MARGINALIA_BUILD_ROOT/bench, else build/bench)
#   scripts/bench.sh --data-dir DIR        cache of generated projects (default: $MARGINALIA_BENCH_DATA,
#                                          else /tmp/marginalia-bench); a rerun skips the generation
#   scripts/bench.sh --results DIR         where the reports go (default: <build dir>/results)
#   scripts/bench.sh -- ARGS...            passed to each benchmark run (each takes --data-dir and --markdown;
#                                          other options differ, so pick one with --bench), e.g.
#                                          --bench largeproject -- --scale 0.05 for a smoke run; see
#                                          build/bench/bench/bench_NAME --help
#
# Benchmarks are not tests: ctest never runs them, and a missed target is reported, not an error (pass
# --check to a benchmark to make it exit 1 then). The numbers are ratios against limits measured in the same
# run, because these machines are shared: run on a quiet machine anyway, and rerun when a result is odd.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_root=${MARGINALIA_BUILD_ROOT:-$here/build}
build_dir=""
data_dir=${MARGINALIA_BENCH_DATA:-/tmp/marginalia-bench}
results=""
benches=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bench) benches+=("$2"); shift ;;
    --build-dir) build_dir="$2"; shift ;;
    --data-dir) data_dir="$2"; shift ;;
    --results) results="$2"; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# Every benchmark in bench/: bench/bench_NAME.cpp builds the target bench_NAME.
all=()
for source in "$here"/bench/bench_*.cpp; do
  [ -e "$source" ] || continue
  name=$(basename "$source" .cpp)
  all+=("${name#bench_}")
done
[ ${#all[@]} -gt 0 ] || { echo "bench.sh: no benchmarks in $here/bench" >&2; exit 2; }
[ ${#benches[@]} -gt 0 ] || benches=("${all[@]}")
for name in "${benches[@]}"; do
  case " ${all[*]} " in
    *" $name "*) ;;
    *) echo "bench.sh: no benchmark \"$name\" (known: ${all[*]})" >&2; exit 2 ;;
  esac
done

"$here/scripts/install-deps.sh"

[ -n "$build_dir" ] || build_dir="$build_root/bench"
[ -n "$results" ] || results="$build_dir/results"

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DMARGINALIA_BUILD_TESTS=OFF -DMARGINALIA_BUILD_BENCH=ON -DMARGINALIA_SANITIZE=OFF
targets=()
for name in "${benches[@]}"; do targets+=("bench_$name"); done
cmake --build "$build_dir" --target "${targets[@]}" --parallel "$(nproc)"

mkdir -p "$results" "$data_dir"
status=0
for name in "${benches[@]}"; do
  echo "== bench_$name (data: $data_dir)" >&2
  "$build_dir/bench/bench_$name" --data-dir "$data_dir" --markdown "$results/$name.md" "${extra[@]}" || status=$?
  echo "== report: $results/$name.md" >&2
done
exit "$status"
