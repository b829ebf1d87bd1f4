#!/usr/bin/env bash
# Builds Marginalia's Debian package (.deb) with CPack, checks it, and prints its path:
#
#   scripts/package.sh [BUILD_DIR]       default: $MARGINALIA_BUILD_ROOT/package, else build/package
#   sudo apt install ./build/package/marginalia_*.deb
#
# Run it on the Debian release the package is for: its Depends name that release's libraries (Debian 13
# renamed several), as dpkg-shlibdeps finds them. Needs apt (it installs what is missing, like
# scripts/install-deps.sh). The .deb is written to BUILD_DIR. See docs/packaging.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${MARGINALIA_BUILD_ROOT:-$here/build}/package}

"$here/scripts/install-deps.sh"

# What packaging needs beyond the build: `file` (CPack's DEB generator refuses to run dpkg-shlibdeps
# without it), dpkg-dev (dpkg-shlibdeps, dpkg-buildflags), help2man (the man pages), and the checkers.
tools=(file dpkg-dev help2man lintian appstream desktop-file-utils)
missing=()
for tool in "${tools[@]}"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$tool" 2>/dev/null | grep -q '^ii' || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo_cmd=()
    [[ "$(id -u)" -eq 0 ]] || sudo_cmd=(sudo)
    echo "package: installing ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Use-Pty=0 "${missing[@]}"
fi
command -v file >/dev/null || { echo "package: the 'file' program is missing (apt install file)" >&2; exit 1; }

# Debian's hardening flags, all of them (fortify, stack protector, PIE, relro and bind-now), so that the
# binaries are built as Debian's own are. Given on the command line rather than through the environment,
# which CMake reads only at a tree's first configure. Without -g: CPack strips the binaries, and no
# debug-symbol package is made.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
# From the checkout: dpkg-buildflags maps the current folder out of the binaries (-ffile-prefix-map).
cd "$here"
without_debug_info() { sed -e 's/\(^\| \)-g\( \|$\)/ /' -e 's/^ *//; s/ *$//'; }
cflags="$(dpkg-buildflags --get CFLAGS | without_debug_info) $(dpkg-buildflags --get CPPFLAGS)"
cxxflags="$(dpkg-buildflags --get CXXFLAGS | without_debug_info) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

options=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
         "-DCMAKE_C_FLAGS=$cflags" "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags"
         -DMARGINALIA_BUILD_TESTS=OFF -DMARGINALIA_BUILD_BENCH=OFF)
# In CI a warning fails the build, as in scripts/test.sh.
[[ "${CI:-}" != true ]] || options+=(-DMARGINALIA_WARNINGS_AS_ERRORS=ON)
cmake -S "$here" -B "$build_dir" "${options[@]}" >/dev/null
cmake --build "$build_dir" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
[[ -f "$build_dir/app/man/marginalia-cli.1.gz" ]] || { echo "package: no man pages (help2man?)" >&2; exit 1; }

rm -f "$build_dir"/marginalia_*.deb
(cd "$build_dir" && cpack -G DEB -B "$build_dir" >/dev/null)
debs=("$build_dir"/marginalia_*.deb)
deb=${debs[0]}
[[ -f "$deb" ]] || { echo "package: cpack made no .deb in $build_dir" >&2; exit 1; }

# The checks Debian's tools make. lintian fails only on errors; its warnings are printed for a reader.
check_dir=$(mktemp -d)
trap 'rm -rf "$check_dir"' EXIT
dpkg-deb -x "$deb" "$check_dir"
appstreamcli validate --no-net "$check_dir"/usr/share/metainfo/org.marginalia.Marginalia.metainfo.xml
desktop-file-validate "$check_dir"/usr/share/applications/org.marginalia.Marginalia.desktop
echo "package: lintian"
lintian --fail-on error --display-info "$deb" || { echo "package: lintian found errors" >&2; exit 1; }

echo "package: $(du -h "$deb" | cut -f1) $deb"
