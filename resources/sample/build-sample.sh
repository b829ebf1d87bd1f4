#!/bin/sh
# Builds the sample project with marginalia-cli:
#   sh build-sample.sh CLI SOURCE_DIR PROJECT_FILE
# e.g. sh /usr/share/marginalia/sample/build-sample.sh marginalia-cli /usr/share/marginalia/sample tutorial.marginalia
#
# POSIX sh and marginalia-cli only, so that an installed Marginalia (no CMake, no Python) can build it too;
# the build (resources/CMakeLists.txt) runs this same script.
set -eu

if [ $# -ne 3 ]; then
    echo "usage: $0 CLI SOURCE_DIR PROJECT_FILE" >&2
    exit 2
fi
cli=$1
source_dir=$2
project_file=$3

# A generated file needs no backups (docs/backups.md): no NAME-backups/ folder beside it.
MARGINALIA_BACKUP_INTERVAL=off
export MARGINALIA_BACKUP_INTERVAL

# run ARGS...: marginalia-cli quietly; on failure, what it said and stop. Its stdin is not the list being read.
run() {
    if ! error=$("$cli" "$@" 2>&1 >/dev/null </dev/null); then
        echo "build-sample: marginalia-cli $1 failed: $error" >&2
        exit 1
    fi
}

# Build into a temporary file and rename at the end, so that an interrupted build leaves no half project.
partial=$project_file.partial
rm -f "$partial" "$partial-wal" "$partial-shm" "$project_file"
mkdir -p "$(dirname "$project_file")"

run init "$partial"
run import "$partial" "$source_dir/tutorial.md"
run memo "$partial" "A sample project built from resources/sample/ by build-sample.sh."

# codebook.txt: path|colour|description per line, # for comments.
while IFS='|' read -r path color description || [ -n "$path" ]; do
    case $path in '#'* | '') continue ;; esac
    run code-add "$partial" "$path" --color "$color" --description "$description"
done <"$source_dir/codebook.txt"

# codings.txt: path|phrase|coder per line; ${NL} in a phrase stands for a line break.
newline='
'
marker='${NL}'
while IFS='|' read -r path phrase coder || [ -n "$path" ]; do
    case $path in '#'* | '') continue ;; esac
    while :; do
        case $phrase in *"$marker"*) ;; *) break ;; esac
        phrase=${phrase%%"$marker"*}$newline${phrase#*"$marker"}
    done
    run apply "$partial" --document tutorial --code "$path" --match "$phrase" --coder "$coder"
done <"$source_dir/codings.txt"
run check "$partial"

mv "$partial" "$project_file"
