#!/usr/bin/env bash
# Run a command inside a Debian 13 (trixie) root, with this checkout at /src.
#
#   scripts/debian13.sh CMD [ARGS...]      e.g. scripts/debian13.sh scripts/test.sh
#
# Why: the project must build on Debian 12 (Qt 6.4) and Debian 13 (Qt 6.8,
# KF6), and CI only has a Debian 12 machine. A debootstrap'ed chroot is the
# cheapest way to get the second distro without containers.
#
# The root is cached outside the checkout (it is ~1 GiB once the build deps
# are in) and reused: first use costs ~1 min of debootstrap, and
# scripts/install-deps.sh inside it is a no-op after its first run.
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
#   MARGINALIA_DEBIAN13_ROOT   where the root lives
#                              (default /var/cache/marginalia/debian13-root)
#   MARGINALIA_DEBIAN_MIRROR   mirror for debootstrap/apt (default: the one
#                              the host's apt sources use for Debian)
#
# All mounts are undone on exit (also on failure or Ctrl-C). Mounts left by a
# run that was killed hard are detected and removed by the next run. Runs on
# the same root are serialised with a lock. CMD's exit code is ours.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

# chroot and mount need root; re-run ourselves through sudo if we aren't.
if [[ "$(id -u)" -ne 0 ]]; then
    exec sudo --preserve-env=CI,QT_QPA_PLATFORM,TERM,CMAKE_BUILD_PARALLEL_LEVEL,CTEST_PARALLEL_LEVEL,CTEST_OUTPUT_ON_FAILURE,MARGINALIA_DEBIAN13_ROOT,MARGINALIA_DEBIAN_MIRROR \
        -- "$0" "$@"
fi

log() { echo "debian13: $*" >&2; }
die() { log "error: $*"; exit 1; }

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
checkout="$(git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || true)"
if [[ -z "$checkout" ]]; then
    # No git (or git refuses the directory): scripts/ is one level down.
    checkout="$(cd "$script_dir/.." && pwd -P)"
fi
checkout="$(cd "$checkout" && pwd -P)"
shared="$(cd "$checkout/.." && pwd -P)/shared"

root="${MARGINALIA_DEBIAN13_ROOT:-/var/cache/marginalia/debian13-root}"
mkdir -p "$(dirname "$root")"
root="$(cd "$(dirname "$root")" && pwd -P)/$(basename "$root")"
marker="$root/.marginalia-debian13-complete"
[[ "$root" != / ]] || die "refusing to use / as the root"

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

build_root() {
    local mirror security started
    mirror="${MARGINALIA_DEBIAN_MIRROR:-$(host_mirror)}"
    security="$(host_security_mirror)"

    if [[ -e "$root" ]]; then
        log "removing incomplete root $root"
        unmount_all || die "stale mounts under $root, not deleting it"
        # --one-file-system: never follow into anything still mounted.
        rm -rf --one-file-system "$root"
    fi

    # debootstrap, and Debian's archive keys to check trixie with (on Debian
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

    log "creating Debian 13 root in $root from $mirror (about a minute)"
    started=$SECONDS
    debootstrap --variant=minbase "${include[@]}" \
        --keyring=/usr/share/keyrings/debian-archive-keyring.gpg trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
        { tail -n 30 "$root.debootstrap.log" >&2; die "debootstrap failed (log: $root.debootstrap.log)"; }
    log "debootstrap took $((SECONDS - started)) s"

    # Same suites a real trixie install has; the security mirror only if the
    # host uses one (it is then reachable from here too).
    rm -f "$root/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: trixie trixie-updates\nComponents: main\n' "$mirror"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [[ -n "$security" ]]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: trixie-security\nComponents: main\n' "$security"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } >"$root/etc/apt/sources.list.d/debian.sources"

    # Never start services from package scripts inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"

    # The checkout belongs to whoever cloned it; let git inside work on it.
    printf '[safe]\n\tdirectory = *\n' >"$root/root/.gitconfig"

    mkdir -p "$root/src" "$root/shared"
    {
        echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "mirror=$mirror"
    } >"$marker"
    log "root ready"
}

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

mkdir -p "$root/proc" "$root/dev" "$root/sys" "$root/src" "$root/shared"
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

chroot_env=(
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    HOME=/root
    LANG=C.UTF-8
    MARGINALIA_BUILD_ROOT=/root/build
)
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
