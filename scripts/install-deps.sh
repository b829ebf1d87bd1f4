#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Marginalia needs to build and test.
#
# Supported, and tested by CI from a bare debootstrap root: Debian 12 (bookworm), Debian 13 (trixie).
# Fast no-op when everything is already installed: dpkg-query is asked first,
# and apt-get update/install only run when something is missing.
#
# Env:
#   MARGINALIA_SKIP_DEPS=1   do nothing (e.g. on a machine you manage by hand)
set -euo pipefail

if [[ "${MARGINALIA_SKIP_DEPS:-}" == 1 ]]; then
    echo "install-deps: MARGINALIA_SKIP_DEPS=1, skipping"
    exit 0
fi

# Needed everywhere. All of these names exist on Debian 12 and 13.
required=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt's own strings (OK, Cancel, the file dialog) in French, Spanish and Arabic, beside Marginalia's.
    qt6-translations-l10n
    qt6-charts-dev qt6-svg-dev
    # Platform plugins (offscreen, xcb) are only a Recommends of libqt6gui6,
    # and we install without recommends.
    qt6-qpa-plugins
    libuchardet-dev libpoppler-qt6-dev libquazip1-qt6-dev libcsv-dev
    # CMakeLists.txt does find_package(SQLite3): the headers, not just the CLI.
    libsqlite3-dev sqlite3 libxml2-utils libgl-dev
    xvfb xauth fonts-dejavu-core
    # Man pages from --help (app/CMakeLists.txt); without it the build just makes none.
    help2man
    # The server tests (tests/server/, issue 16) start a throwaway cluster of their own with this
    # server's initdb and pg_ctl (15 on Debian 12, 17 on Debian 13), and talk to it through Qt's
    # QPSQL driver; without them those tests skip.
    postgresql libqt6sql6-psql
)

# Installed only where the distro has them (decided by apt-cache, not by a
# hard-coded version list):
#   libkf6syntaxhighlighting-dev  Debian 13+ (not in Debian 12)
#   qt6-svg-plugins               Debian 13+: the SVG image/icon plugins moved
#                                 here; on Debian 12 they are in libqt6svg6
#   libqt6opengl6-dev             Debian 12: Qt6Charts' CMake package asks for
#                                 Qt6OpenGL, whose headers qt6-charts-dev does not
#                                 pull in (configure fails without them). Debian 13
#                                 has them in qt6-base-dev and keeps the name only
#                                 as a virtual package, which dpkg never lists as
#                                 installed: as a required name it would make every
#                                 run call apt-get.
optional=(
    libkf6syntaxhighlighting-dev
    qt6-svg-plugins
    libqt6opengl6-dev
)

sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
    sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive

distro="unknown"
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    distro="$(. /etc/os-release && echo "${PRETTY_NAME:-${ID:-unknown} ${VERSION_ID:-}}")"
fi

# Print the subset of "$@" that is not fully installed (one per line).
not_installed() {
    local installed
    # db:Status-Abbrev is "ii " for a fully installed package; unknown packages
    # make dpkg-query complain on stderr and exit 1, which we ignore.
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null |
        awk '$2 == "ii" { print $1 }' || true)"
    local p
    for p in "$@"; do
        grep -qxF -- "$p" <<<"$installed" || echo "$p"
    done
}

# Print the subset of "$@" that apt can install (one apt-cache call: it is
# the slow part of a no-op run). Unknown names print nothing at all; virtual
# or removed ones print "Candidate: (none)".
installable() {
    apt-cache policy -- "$@" 2>/dev/null | awk '
        /^[^ ].*:$/   { pkg = substr($0, 1, length($0) - 1) }
        /Candidate:/  { if ($2 != "(none)") print pkg }'
}

# True if apt has any package lists at all (a fresh debootstrap or a cleaned
# container image has none, and then apt-cache cannot tell us anything).
have_apt_lists() {
    compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

mapfile -t missing < <(not_installed "${required[@]}")
mapfile -t optional_missing < <(not_installed "${optional[@]}")

# Nothing to do at all: the common case, keep it fast and quiet.
if [[ ${#missing[@]} -eq 0 && ${#optional_missing[@]} -eq 0 ]]; then
    echo "install-deps: all packages already installed ($distro)"
    exit 0
fi

updated=0
apt_update() {
    if [[ $updated -eq 0 ]]; then
        echo "install-deps: apt-get update"
        "${sudo_cmd[@]}" apt-get update -qq
        updated=1
    fi
}

# Missing optional packages on their own only justify an apt-get update when
# apt has no lists at all; otherwise trust the existing lists.
if [[ ${#missing[@]} -gt 0 ]] || ! have_apt_lists; then
    apt_update
fi

to_install=("${missing[@]}")
skipped=()
if [[ ${#optional_missing[@]} -gt 0 ]]; then
    available="$(installable "${optional_missing[@]}")"
    for p in "${optional_missing[@]}"; do
        if grep -qxF -- "$p" <<<"$available"; then
            to_install+=("$p")
        else
            skipped+=("$p")
        fi
    done
fi

if [[ ${#skipped[@]} -gt 0 ]]; then
    echo "install-deps: not available on $distro, skipping: ${skipped[*]}"
fi

if [[ ${#to_install[@]} -eq 0 ]]; then
    echo "install-deps: nothing to install ($distro)"
    exit 0
fi

echo "install-deps: installing on $distro: ${to_install[*]}"
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${to_install[@]}"
echo "install-deps: done"
