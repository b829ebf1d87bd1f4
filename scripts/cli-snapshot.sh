#!/usr/bin/env bash
# Runs every marginalia-cli subcommand on the bundled sample project and on the shared corpus, and writes
# what each printed (stdout, stderr, exit code, and the files it wrote) into one folder, with what changes
# from run to run (times, GUIDs, temporary paths) replaced by placeholders. Two snapshots of two builds
# compared with diff show whether a change altered anything a user's script could see.
#
#   scripts/cli-snapshot.sh BUILD_DIR OUT_DIR          write a snapshot of BUILD_DIR's marginalia-cli
#   scripts/cli-snapshot.sh --compare BEFORE AFTER     diff two snapshots; exit 1 when they differ
#
# A refactoring that must not change behaviour (issue 10) is checked by a snapshot before and one after.
set -euo pipefail

if [[ "${1:-}" == --compare ]]; then
    [[ $# -eq 3 ]] || { echo "usage: $0 --compare BEFORE AFTER" >&2; exit 2; }
    if diff -ru "$2" "$3"; then
        echo "cli-snapshot: identical ($(find "$2" -type f | wc -l) outputs)"
        exit 0
    fi
    echo "cli-snapshot: the outputs differ" >&2
    exit 1
fi

[[ $# -eq 2 ]] || { echo "usage: $0 BUILD_DIR OUT_DIR | --compare BEFORE AFTER" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "$1" && pwd)
cli="$build/app/marginalia-cli"
sample="$build/sample/tutorial.marginalia"
corpus="$here/../shared/corpus"
[[ -x "$cli" ]] || { echo "cli-snapshot: no $cli" >&2; exit 1; }
[[ -f "$sample" ]] || { echo "cli-snapshot: no sample project $sample" >&2; exit 1; }

out=$2
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# What differs between two runs of the same build, made equal.
normalise() {
    sed -E \
        -e "s#$work#<work>#g" \
        -e "s#$build#<build>#g" \
        -e "s#$here/\.\./shared#<shared>#g" \
        -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?/<time>/g' \
        -e 's/\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?/<guid>/g'
}

n=0
# run NAME ARGS...: one invocation, its stdout, stderr and exit code.
run() {
    local name=$1 rc
    shift
    n=$((n + 1))
    local base
    base=$(printf '%03d-%s' "$n" "$name")
    if "$cli" "$@" >"$out/$base.out" 2>"$out/$base.err"; then rc=0; else rc=$?; fi
    echo "$rc" >"$out/$base.rc"
    for f in "$out/$base.out" "$out/$base.err"; do
        normalise <"$f" >"$f.tmp" && mv "$f.tmp" "$f"
    done
}

# keep NAME FILE: a file a command wrote, normalised.
keep() {
    normalise <"$2" >"$out/$(printf '%03d' "$n")-$1"
}

cp "$sample" sample.marginalia

run help --help
run version-unknown-command no-such-command
run documents documents sample.marginalia
run codes codes sample.marginalia
run coders coders sample.marginalia
run check check sample.marginalia
for by in code document coder; do
    run "frequencies-$by" frequencies sample.marginalia --by "$by"
    run "frequencies-$by-csv" frequencies sample.marginalia --by "$by" --format csv
done
run frequencies-coder-filter frequencies sample.marginalia --coder alice
run excerpts excerpts sample.marginalia
run excerpts-csv excerpts sample.marginalia --format csv
run excerpts-csv-raw-bom excerpts sample.marginalia --format csv --raw --bom
run excerpts-file excerpts sample.marginalia --format csv --output excerpts.csv
keep excerpts.csv excerpts.csv
first_code=$("$cli" codes sample.marginalia | head -n 1 | sed -E 's/^[^[:alnum:]]*//; s/  .*$//')
run excerpts-code excerpts sample.marginalia --code "$first_code" --include-subcodes
run report report sample.marginalia report.html --code "$first_code" --include-subcodes
[[ -f report.html ]] && sed -E 's/Made on [^<]* by /Made on <date> by /' report.html | normalise \
    >"$out/$(printf '%03d' "$n")-report.html"
run memo-project memo sample.marginalia
run export-qdc export-qdc sample.marginalia codebook.qdc
keep codebook.qdc codebook.qdc
run export-qdpx export-qdpx sample.marginalia sample.qdpx
if [[ -f sample.qdpx ]]; then
    unzip -Z1 sample.qdpx | sed -E 's/\{?[0-9a-fA-F-]{36}\}?/<guid>/g' | sort >"$out/$(printf '%03d' "$n")-qdpx-entries"
    unzip -p sample.qdpx project.qde | normalise >"$out/$(printf '%03d' "$n")-project.qde"
fi
run import-qdpx import-qdpx sample.qdpx roundtrip.marginalia
run roundtrip-codes codes roundtrip.marginalia
run roundtrip-excerpts excerpts roundtrip.marginalia --format csv

# A project made from the corpus, with every writing command.
run init init study.marginalia
run init-again init study.marginalia
if [[ -d "$corpus" ]]; then
    run import import study.marginalia "$corpus/global-compact-vienna-2017.txt"
    run import-folder import study.marginalia "$corpus/related"
    run import-duplicate import study.marginalia "$corpus/global-compact-vienna-2017.txt"
    run import-qdc import-qdc study.marginalia "$corpus/codebook.qdc"
    doc=global-compact-vienna-2017
else
    printf 'Early identification of victims protects them.\nNon-refoulement applies.\n' >note.txt
    run import import study.marginalia note.txt
    doc=note
fi
printf '\x7fELF\x02\x01\x01\0binary' >binary.txt
run import-binary import study.marginalia binary.txt
run code-add code-add study.marginalia "Protection/Children" --color "#B22222" --description "Unaccompanied minors"
run code-add-2 code-add study.marginalia Identification
run code-add-bad-colour code-add study.marginalia Other --color red
run apply-match apply study.marginalia --document "$doc" --code Identification --match identification --ignore-case --coder alice
run apply-regex apply study.marginalia --document "$doc" --code "Protection/Children" --regex 'child(ren)?' --coder bob
run apply-range apply study.marginalia --document "$doc" --code Identification --range 0:20 --coder bob --memo "The title"
run apply-range-bad apply study.marginalia --document "$doc" --code Identification --range 20:10
run apply-no-document apply study.marginalia --document "no such document" --code Identification --range 0:5
run codes-after codes study.marginalia
run coders-after coders study.marginalia
run documents-after documents study.marginalia
run frequencies-after frequencies study.marginalia --by code --format csv
run frequencies-doc-after frequencies study.marginalia --by document
run excerpts-after excerpts study.marginalia --format csv
run memo-code memo study.marginalia --code Identification "Screening and referral."
run memo-code-show memo study.marginalia --code Identification
run memo-document memo study.marginalia --document "$doc" "Read twice."
run code-rename code-rename study.marginalia Identification "Early identification"
run code-move code-move study.marginalia "Early identification" Protection
run code-merge code-merge study.marginalia "Protection/Children" "Protection/Early identification"
run code-delete code-delete study.marginalia Protection
run codes-end codes study.marginalia
run check-end check study.marginalia
printf 'not a project' >foreign.marginalia
run documents-foreign documents foreign.marginalia
run documents-missing documents missing.marginalia
echo "cli-snapshot: $n invocations written to $out"
