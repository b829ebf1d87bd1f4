#!/usr/bin/env bash
# Run a command inside a Debian root (made with debootstrap), with this checkout at /src.
#
#   scripts/debian-root.sh SUITE CMD [ARGS...]   e.g. scripts/debian-root.sh trixie scripts/test.sh
#
# SUITE is bookworm (Debian 12) or trixie (Debian 13); 12 and 13 are accepted too.
#
# Why: the project must build on Debian 12 (Qt 6.4) and Debian 13 (Qt 6.8, KF6), and must build from
# nothing on both: a machine that already had a package installed by hand once hid a missing
# dependency from CI. A debootstrap'ed root is the cheapest clean machine without containers.
#
# The roots: debootstrap's output for a suite is kept as a pristine tarball (it is what `debootstrap
# --variant=minbase` makes, nothing installed after), and a root is unpacked from it when it is needed.
#   - By default the root is kept for the next run (/var/cache/marginalia/SUITE-root), so a developer's
#     second run installs nothing and builds incrementally.
#   - MARGINALIA_ROOT=DIR uses DIR instead, unpacked from the pristine tarball when it is not a root yet:
#     .ci/run gives each run new folders, so that every package is installed by the project's own
#     scripts, and removes them afterwards (scripts/debian-root.sh --remove DIR).
#
# Inside the root:
#   /src      the checkout (git top-level of this script), read-write
#   /shared   the checkout's sibling ../shared, read-only (so /src/../shared
#             is the same relative layout as outside)
#   cwd /src, user root, HOME=/root, LANG=C.UTF-8
#   MARGINALIA_BUILD_ROOT=/root/build  build trees live in the root, never
#             in the checkout, so they cannot collide with the host's build/
#   CI, QT_QPA_PLATFORM, TERM, CMAKE_BUILD_PARALLEL_LEVEL, CTEST_PARALLEL_LEVEL,
#             CTEST_OUTPUT_ON_FAILURE are passed through when set
#
# Env (host side):
#   MARGINALIA_ROOT            the root to use (see above)
#   MARGINALIA_ROOT_CACHE      where the pristine tarballs and default roots live
#                              (default /var/cache/marginalia)
#   MARGINALIA_DEBIAN_MIRROR   mirror for debootstrap/apt (default: the one
#                              the host's apt sources use for Debian)
#   MARGINALIA_CCACHE_DIR      a host folder to mount as the root's ccache (compiled objects only: a
#                              missing package still fails at configure); unset, the root has its own
#
#   scripts/debian-root.sh --remove DIR   unmounts what is left under DIR and deletes it
#
# All mounts are undone on exit (also on failure or Ctrl-C). Mounts left by a
# run that was killed hard are detected and removed by the next run. Runs on
# the same root are serialised with a lock. CMD's exit code is ours.
set -euo pipefail

usage() {
    echo "usage: $0 bookworm|trixie CMD [ARGS...]   or   $0 --remove DIR" >&2
    exit 2
}
[[ $# -ge 1 ]] || usage

# chroot and mount need root; re-run ourselves through sudo if we aren't.
if [[ "$(id -u)" -ne 0 ]]; then
    exec sudo --preserve-env=CI,QT_QPA_PLATFORM,TERM,CMAKE_BUILD_PARALLEL_LEVEL,CTEST_PARALLEL_LEVEL,CTEST_OUTPUT_ON_FAILURE,MARGINALIA_ROOT,MARGINALIA_ROOT_CACHE,MARGINALIA_DEBIAN_MIRROR,MARGINALIA_CCACHE_DIR \
        -- "$0" "$@"
fi

log() { echo "debian-root: $*" >&2; }
die() { log "error: $*"; exit 1; }

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
checkout="$(git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || true)"
if [[ -z "$checkout" ]]; then
    # No git (or git refuses the directory): scripts/ is one level down.
    checkout="$(cd "$script_dir/.." && pwd -P)"
fi
checkout="$(cd "$checkout" && pwd -P)"
shared="$(cd "$checkout/.." && pwd -P)/shared"

remove_only=""
if [[ "$1" == --remove ]]; then
    [[ $# -eq 2 ]] || usage
    remove_only="$2"
    suite=""
else
    [[ $# -ge 2 ]] || usage
    case "$1" in
        bookworm | 12) suite=bookworm ;;
        trixie | 13) suite=trixie ;;
        *) die "unknown suite \"$1\": bookworm (Debian 12) or trixie (Debian 13)" ;;
    esac
    shift
fi

cache="${MARGINALIA_ROOT_CACHE:-/var/cache/marginalia}"
if [[ -n "$remove_only" ]]; then
    root="$remove_only"
else
    root="${MARGINALIA_ROOT:-$cache/$suite-root}"
fi
mkdir -p "$(dirname "$root")"
root="$(cd "$(dirname "$root")" && pwd -P)/$(basename "$root")"
marker="$root/.marginalia-root-complete"
[[ "$root" != / ]] || die "refusing to use / as the root"
pristine="$cache/$suite-minbase.tar"

# --- lock: one run per root at a time --------------------------------------
# With the lock held, anything mounted under $root is stale by definition.
exec 9>"$root.lock"
if ! flock -n 9; then
    log "another run is using $root, waiting for it..."
    flock 9
fi

# --- mount helpers ---------------------------------------------------------

# Mount points at or below $root, deepest first (safe unmount order).
mounts_under_root() {
    findmnt -rn -o TARGET | awk -v r="$root" 'index($0, r "/") == 1 || $0 == r' | sort -r
}

# PIDs of processes whose root directory is $root.
root_pids() {
    # -lname reads the /proc/PID/root link; a glob, but $root has no
    # wildcards in practice.
    find /proc -mindepth 2 -maxdepth 2 -name root -lname "$root" 2>/dev/null | cut -d/ -f3
}

# Kill processes still running inside the root (e.g. an Xvfb a test left
# behind): they would keep the mounts busy. TERM, up to 5 s grace, then KILL.
kill_root_processes() {
    local pids i
    pids="$(root_pids)"
    [[ -n "$pids" ]] || return 0
    # shellcheck disable=SC2086  # word splitting of the PID list is intended
    kill -TERM $pids 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        [[ -n "$(root_pids)" ]] || return 0
        sleep 0.1
    done
    pids="$(root_pids)"
    # shellcheck disable=SC2086
    [[ -z "$pids" ]] || kill -KILL $pids 2>/dev/null || true
    sleep 0.2
}

unmount_all() {
    local m
    kill_root_processes
    while read -r m; do
        [[ -n "$m" ]] || continue
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null ||
            log "warning: could not unmount $m"
    done < <(mounts_under_root)
    if [[ -n "$(mounts_under_root)" ]]; then
        log "warning: mounts left under $root:"
        mounts_under_root >&2
        return 1
    fi
}

# --- building the root ----------------------------------------------------

# The Debian mirror the host's apt uses (works for sources.list and deb822).
host_mirror() {
    local m=""
    if command -v apt-get >/dev/null; then
        # shellcheck disable=SC2016  # $(LABEL) is apt's syntax, not the shell's
        m="$(apt-get indextargets --format '$(LABEL) $(SITE)' 2>/dev/null |
            awk '$1 == "Debian" { print $2; exit }')"
    fi
    echo "${m:-http://deb.debian.org/debian}"
}

# The Debian security mirror the host's apt uses, if any.
host_security_mirror() {
    if command -v apt-get >/dev/null; then
        # shellcheck disable=SC2016  # $(LABEL) is apt's syntax, not the shell's
        apt-get indextargets --format '$(LABEL) $(SITE)' 2>/dev/null |
            awk '$1 == "Debian-Security" { print $2; exit }'
    fi
}

# debootstrap's output for $suite, as a tarball: made once, never changed after.
make_pristine() {
    local mirror started work
    mirror="${MARGINALIA_DEBIAN_MIRROR:-$(host_mirror)}"
    mkdir -p "$cache"
    # debootstrap, and Debian's archive keys to check the suite with (on Debian
    # they are always there; an Ubuntu host needs the package).
    if ! command -v debootstrap >/dev/null ||
        [[ ! -e /usr/share/keyrings/debian-archive-keyring.gpg ]]; then
        log "installing debootstrap and debian-archive-keyring on the host"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            debootstrap debian-archive-keyring
    fi
    local include=()
    [[ "$mirror" != https://* ]] || include=(--include=ca-certificates)

    # Two roots of one suite made at once share the tarball: one makes it, the other waits.
    exec 8>"$pristine.lock"
    flock 8
    if [[ -f "$pristine" ]]; then
        exec 8>&-
        return 0
    fi
    work="$(mktemp -d "$cache/$suite-debootstrap.XXXXXX")"
    log "debootstrap $suite from $mirror (about a minute)"
    started=$SECONDS
    if ! debootstrap --variant=minbase "${include[@]}" \
        --keyring=/usr/share/keyrings/debian-archive-keyring.gpg "$suite" "$work" "$mirror" >"$cache/$suite.debootstrap.log" 2>&1; then
        tail -n 30 "$cache/$suite.debootstrap.log" >&2
        rm -rf --one-file-system "$work"
        die "debootstrap failed (log: $cache/$suite.debootstrap.log)"
    fi
    log "debootstrap took $((SECONDS - started)) s"
    echo "mirror=$mirror" >"$work/.marginalia-debootstrap-mirror"
    tar --numeric-owner -C "$work" -cf "$pristine.partial" .
    mv "$pristine.partial" "$pristine"
    rm -rf --one-file-system "$work"
    exec 8>&-
}

# A root unpacked from the pristine tarball, with the apt sources and settings every run needs.
build_root() {
    local mirror security
    if [[ -e "$root" ]]; then
        log "removing incomplete root $root"
        unmount_all || die "stale mounts under $root, not deleting it"
        # --one-file-system: never follow into anything still mounted.
        rm -rf --one-file-system "$root"
    fi
    [[ -f "$pristine" ]] || make_pristine
    mkdir -p "$root"
    tar --numeric-owner -C "$root" -xpf "$pristine"
    mirror="$(sed -n 's/^mirror=//p' "$root/.marginalia-debootstrap-mirror")"
    security="$(host_security_mirror)"

    # Same suites a real install has; the security mirror only if the
    # host uses one (it is then reachable from here too).
    rm -f "$root/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n' "$mirror" "$suite" "$suite"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [[ -n "$security" ]]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$security" "$suite"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } >"$root/etc/apt/sources.list.d/debian.sources"

    # Never start services from package scripts inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"

    # The checkout belongs to whoever cloned it; let git inside work on it.
    printf '[safe]\n\tdirectory = *\n' >"$root/root/.gitconfig"

    mkdir -p "$root/src" "$root/shared" "$root/ccache"
    {
        echo "suite=$suite"
        echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "mirror=$mirror"
    } >"$marker"
    log "$suite root ready in $root"
}

if [[ -n "$remove_only" ]]; then
    [[ -e "$root" ]] || exit 0
    unmount_all || die "mounts left under $root, not deleting it"
    rm -rf --one-file-system "$root"
    rm -f "$root.lock"
    exit 0
fi

[[ -f "$marker" ]] || build_root

# --- run -------------------------------------------------------------------

child=""
# shellcheck disable=SC2317  # only reached through the trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
        log "stopping the command"
        kill -TERM "$child" 2>/dev/null || true
        kill_root_processes
        wait "$child" 2>/dev/null || true
    fi
    if ! unmount_all && [[ $rc -eq 0 ]]; then
        rc=1
    fi
    exit "$rc"
}
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap unmounts.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A run killed with SIGKILL leaves its mounts behind: clear them first so
# mounts never stack up.
if [[ -n "$(mounts_under_root)" ]]; then
    log "removing stale mounts from an earlier run"
    unmount_all || die "could not remove stale mounts under $root"
fi

# Fresh copies each run: the host's network config may have changed. rm first
# so a symlink inside the root is never followed to a host path.
for f in resolv.conf hosts; do
    rm -f "$root/etc/$f"
    [[ ! -e "/etc/$f" ]] || cp -L "/etc/$f" "$root/etc/$f"
done

mkdir -p "$root/proc" "$root/dev" "$root/sys" "$root/src" "$root/shared" "$root/ccache"
# A Debian system's / is 0755. The pristine tarball keeps the 0700 of the folder debootstrap worked in, and
# tar -p gives it to the root, so that no user but root could reach anything inside it (the server tests run
# PostgreSQL as the postgres user). On every run, so that roots unpacked before this line are mended too.
chmod 755 "$root"
mount -t proc proc "$root/proc"
# rbind brings /dev/pts and /dev/shm along; rslave so unmounting them here
# can never propagate back to the host's /dev and /sys.
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
mount --bind "$checkout" "$root/src"
if [[ -d "$shared" ]]; then
    mount --bind "$shared" "$root/shared"
    mount -o remount,bind,ro "$root/shared"
else
    log "note: $shared does not exist, /shared is empty"
fi

if [[ -n "${MARGINALIA_CCACHE_DIR:-}" ]]; then
    mkdir -p "$MARGINALIA_CCACHE_DIR"
    mount --bind "$MARGINALIA_CCACHE_DIR" "$root/ccache"
fi

chroot_env=(
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    HOME=/root
    LANG=C.UTF-8
    MARGINALIA_BUILD_ROOT=/root/build
)
[[ -z "${MARGINALIA_CCACHE_DIR:-}" ]] || chroot_env+=(CCACHE_DIR=/ccache)
for v in CI QT_QPA_PLATFORM TERM CMAKE_BUILD_PARALLEL_LEVEL CTEST_PARALLEL_LEVEL CTEST_OUTPUT_ON_FAILURE; do
    [[ -z "${!v+x}" ]] || chroot_env+=("$v=${!v}")
done

# Run in the background and wait, so a TERM/INT to this script is handled at
# once (the trap stops the command, then unmounts); in the foreground bash
# would only run the trap after the command ended by itself. The explicit <&0
# keeps stdin (bash gives background jobs /dev/null), 9>&- keeps the lock
# from outliving this script in a stray child, and --default-signal
# undoes the SIGINT/SIGQUIT ignoring bash applies to background jobs, so
# Ctrl-C and tests that use those signals behave as on the host.
set +e
env -i --default-signal=INT,QUIT "${chroot_env[@]}" chroot "$root" /bin/sh -c 'cd /src && exec "$@"' sh "$@" <&0 9>&- &
child=$!
wait "$child"
rc=$?
set -e
child=""
exit "$rc"
