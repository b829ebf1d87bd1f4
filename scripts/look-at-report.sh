#!/usr/bin/env bash
# Builds the project report of a project (default: the bundled sample) and turns it into pictures to look
# at: a headless Chromium screenshot of the page as a browser shows it, and every page of Chromium's print
# to PDF rendered with pdftoppm, as a printed copy would look. Chromium (about 290 MB) is for developers:
# CI does not install it.
#
#   scripts/look-at-report.sh [PROJECT] [-- REPORT OPTIONS...]    e.g. -- --code Example --include-subcodes
#
# Writes into $MARGINALIA_LOOK_DIR (default /tmp/marginalia-report): report.html, report.png, report.pdf,
# page-N.png. Needs a debug build (scripts/test.sh or cmake --preset dev).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MARGINALIA_BUILD_DIR:-${MARGINALIA_BUILD_ROOT:-$here/build}/debug}
cli="$build/app/marginalia-cli"
project="$build/sample/tutorial.marginalia"
if [[ $# -gt 0 && "$1" != -- ]]; then
    project=$1
    shift
fi
[[ "${1:-}" == -- ]] && shift
options=("$@")
if [[ ${#options[@]} -eq 0 && "$project" == "$build/sample/tutorial.marginalia" ]]; then
    options=(--code Example --include-subcodes --code Workflow)
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "look-at-report: installing ${missing[*]}" >&2
    sudo_if_needed=()
    [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
[[ -x "$cli" ]] || { echo "look-at-report: no $cli; build first (cmake --build $build)" >&2; exit 1; }
if [[ ! -f "$project" ]]; then
    cmake --build "$build" --target sample_project
fi

out=${MARGINALIA_LOOK_DIR:-/tmp/marginalia-report}
mkdir -p "$out"
out=$(cd "$out" && pwd)
html="$out/report.html"
rm -f "$out"/page-*.png
"$cli" report "$project" "$html" "${options[@]}"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: Chromium's sandbox refuses to start as root (containers, CI). --screenshot captures the
# window only, hence the tall window.
chrome=(chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --hide-scrollbars)
"${chrome[@]}" --window-size="${MARGINALIA_LOOK_SIZE:-1200,3000}" --screenshot="$out/report.png" "file://$html" \
    2>/dev/null
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$html" 2>/dev/null
pdftoppm -png -r 60 "$out/report.pdf" "$out/page"
echo "look-at-report: $out/report.png (the page), $out/page-*.png (printed, $(ls "$out"/page-*.png | wc -l) pages)"
