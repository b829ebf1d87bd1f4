#!/usr/bin/env bash
# Makes docs/screenshots/*.png: the main window with global-compact-vienna-2017.txt from ../shared/corpus,
# coded with the starter codebook (imported through marginalia-cli import-qdc) by two coders, in the
# light and the dark palette, then in French, Spanish and Arabic. Runs offscreen; needs a build (default: the one scripts/run-app.sh makes).
#   scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${MARGINALIA_BUILD_ROOT:-$here/build}/release}
corpus="$here/../shared/corpus"
cli="$build/app/marginalia-cli"
app="$build/app/marginalia"
[ -x "$cli" ] && [ -x "$app" ] || { echo "screenshots.sh: no build in $build (run scripts/run-app.sh first)" >&2; exit 1; }
[ -f "$corpus/global-compact-vienna-2017.txt" ] || { echo "screenshots.sh: $corpus is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/vienna.marginalia"
doc=global-compact-vienna-2017
"$cli" init "$project" >/dev/null
"$cli" import "$project" "$corpus/global-compact-vienna-2017.txt" >/dev/null
"$cli" import-qdc "$project" "$corpus/codebook.qdc" >/dev/null

# code PATH CODER REGEX: every sentence-sized match, as a coder reading for that theme would.
code() {
  "$cli" apply "$project" --document "$doc" --code "$1" --coder "$2" --regex "$3" --ignore-case >/dev/null
}
# A sentence: from just after the previous full stop (or a line start) to the next one.
start='(?:^|(?<=[.;:] ))'
sentence='[^.;\n]{0,300}?'
code "Identification" alice "${start}${sentence}\\bidentification\\b${sentence}[.;]"
code "Identification" bob "\\bidentification of victims\\b"
code "Overarching frameworks and principles/Non-refoulement" alice "${start}${sentence}non-refoulement${sentence}[.;]"
code "Protection and assistance/Children" alice "${start}${sentence}\\bchild(ren)?\\b${sentence}[.;]"
code "Protection and assistance/Children" bob "\\bunaccompanied${sentence}children\\b"
code "Protection and assistance/Gender" bob "${start}${sentence}\\b(gender|women and girls)\\b${sentence}[.;]"
code "Data" alice "${start}${sentence}\\b(data|evidence)\\b${sentence}[.;]"
code "Criminal networks and prosecution" bob "${start}${sentence}\\b(prosecut\\w*|investigat\\w*)\\b${sentence}[.;]"
code "Cooperation and capacity-building" alice "\\b(cooperation|capacity[- ]building)\\b"
"$cli" memo "$project" --code Identification "Screening and referral; compare how States describe it."

mkdir -p "$here/docs/screenshots"
export QT_QPA_PLATFORM=offscreen
for palette in light dark; do
  "$app" "$project" --palette "$palette" --document "$doc" --code "Protection and assistance/Children" \
         --screenshot "$here/docs/screenshots/main-$palette.png" 2>/dev/null
  echo "docs/screenshots/main-$palette.png"
done
# The same window in each translation (the Arabic one mirrored right to left).
for language in fr es ar; do
  "$app" "$project" --language "$language" --document "$doc" --code "Protection and assistance/Children" \
         --screenshot "$here/docs/screenshots/main-$language.png" 2>/dev/null
  echo "docs/screenshots/main-$language.png"
done
"$cli" frequencies "$project" --by coder
