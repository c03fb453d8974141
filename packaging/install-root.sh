# Sourced by packaging/test-install and packaging/test-install-receiver: a fresh Debian 12 root,
# booted with systemd-nspawn (or a chroot where the container does not boot), and the helpers
# that run commands in it. Not executable on its own.
#
# The caller sets NAME (the prefix of every line), DEB (the package, a real file) and may define
# `diagnostics` (called by `fail`) after sourcing this. Env: CW_MIRROR (default
# http://deb.debian.org/debian), CW_KEEP=1 keeps the root, CW_MODE=chroot skips nspawn.

MIRROR=${CW_MIRROR:-http://deb.debian.org/debian}
MODE=${CW_MODE:-nspawn}
case "$MODE" in nspawn|chroot) ;; *) echo "$NAME: CW_MODE must be nspawn or chroot, not '$MODE'" >&2; exit 2 ;; esac
[ "$(id -u)" = 0 ] || { echo "$NAME: run as root" >&2; exit 2; }

t0=$(date +%s)
step() { printf '%s: [%4ds] %s\n' "$NAME" $(( $(date +%s) - t0 )) "$*"; }
fail() { printf '%s: FAIL: %s\n' "$NAME" "$*" >&2; diagnostics; exit 1; }
diagnostics() { true; }

for tool in debootstrap:debootstrap systemd-nspawn:systemd-container nsenter:util-linux; do
    command -v "${tool%%:*}" >/dev/null || {
        step "installing ${tool#*:}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tool#*:}" >/dev/null
    }
done

WORK=$(mktemp -d /var/tmp/callwarden-install.XXXXXX)
ROOTFS=$WORK/root
NSPAWN_PID=""
LEADER=""
DAEMON_PID=""
NETNS_PID=""
mounted=()
cleanup() {
    [ -n "$DAEMON_PID" ] && kill "$DAEMON_PID" 2>/dev/null
    [ -n "$NETNS_PID" ] && kill "$NETNS_PID" 2>/dev/null
    if [ -n "$LEADER" ]; then
        in_root systemctl poweroff >/dev/null 2>&1 || kill "$NSPAWN_PID" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 1; done
    fi
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    if [ "${CW_KEEP:-0}" = 1 ]; then echo "$NAME: root kept in $ROOTFS"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Commands inside the new root: nsenter into the booted container, or chroot.
in_root() {
    local env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
               LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive NUMBA_CACHE_DIR=/tmp/numba-root)
    if [ "$MODE" = nspawn ]; then
        nsenter --target "$LEADER" --mount --uts --ipc --net --pid -- "${env[@]}" "$@"
    else
        chroot "$ROOTFS" "${env[@]}" "$@"
    fi
}
# A daemon's side in chroot mode: its own network namespace, so ports on the host are untouched.
in_net() {
    if [ "$MODE" = nspawn ]; then in_root "$@"; else nsenter --target "$NETNS_PID" --net -- chroot "$ROOTFS" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 NUMBA_CACHE_DIR=/tmp/numba-root "$@"; fi
}
# A host program (this checkout's venv) in the root's network only: it reaches the root's
# 127.0.0.1 while reading the host's files.
host_in_net() {
    if [ "$MODE" = nspawn ]; then nsenter --target "$LEADER" --net -- "$@"
    else nsenter --target "$NETNS_PID" --net -- "$@"; fi
}

# debootstrap bookworm, copy DEB in as $PKG, and fetch what it and EXTRA_PACKAGES depend on into
# the root's apt cache from the host side: the container has no network, `apt install` inside
# then installs offline.
make_root() {    # [EXTRA_PACKAGES...]
    step "debootstrap bookworm from $MIRROR"
    debootstrap bookworm "$ROOTFS" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log" >&2; fail "debootstrap (log above)"; }
    cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
    cp "$DEB" "$ROOTFS/root/"
    PKG=/root/$(basename "$DEB")
    step "fetching the dependencies${1:+ (and $*)}"
    chroot "$ROOTFS" apt-get update -qq > "$WORK/apt.log" 2>&1 || fail "apt-get update in the new root"
    chroot "$ROOTFS" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --download-only "$PKG" "$@" \
        >> "$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log" >&2; fail "downloading dependencies"; }
}

# systemd as PID 1 with its own loopback-only network; where it does not come up, a chroot and a
# network namespace with only a loopback, held open by a sleeping process.
boot_root() {
    if [ "$MODE" = nspawn ]; then
        step "booting the root with systemd-nspawn (private network)"
        systemd-nspawn --register=no --keep-unit -q -b -D "$ROOTFS" --private-network \
            --machine="cwtest$$" > "$WORK/console.log" 2>&1 &
        NSPAWN_PID=$!
        for _ in $(seq 60); do
            LEADER=$(pgrep -P "$NSPAWN_PID" -x systemd || true)
            [ -n "$LEADER" ] && break
            kill -0 "$NSPAWN_PID" 2>/dev/null || break
            sleep 1
        done
        local state=""
        if [ -n "$LEADER" ]; then
            state=$(in_root timeout 120 systemctl is-system-running --wait 2>/dev/null || true)
        fi
        if [ "$state" != running ] && [ "$state" != degraded ]; then
            step "the container did not boot (state '${state:-none}'); falling back to a chroot"
            tail -5 "$WORK/console.log" || true
            [ -n "$LEADER" ] && { kill "$NSPAWN_PID" 2>/dev/null || true; wait "$NSPAWN_PID" 2>/dev/null || true; }
            LEADER=""
            MODE=chroot
        else
            step "container up (systemd: $state)"
        fi
    fi
    if [ "$MODE" = chroot ]; then
        for m in proc sys dev dev/pts; do
            mount --bind "/$m" "$ROOTFS/$m"
            mounted+=("$ROOTFS/$m")
        done
        unshare --net -- sh -c 'ip link set lo up && exec sleep infinity' &
        NETNS_PID=$!
        sleep 1
    fi
}

# The same contents as a newer version, so dpkg runs the real upgrade path (prerm upgrade,
# conffile merge, postinst configure OLD) rather than a reinstall. Prints the new version.
repack_newer() {    # OUT_PATH_IN_ROOT
    local new_version
    new_version=$(dpkg-deb -f "$DEB" Version)+upgradetest
    dpkg-deb -R "$DEB" "$WORK/upgrade-root"
    sed -i "s/^Version: .*/Version: $new_version/" "$WORK/upgrade-root/DEBIAN/control"
    dpkg-deb --root-owner-group -Zzstd -z1 --build "$WORK/upgrade-root" "$ROOTFS$1" > /dev/null
    rm -rf "$WORK/upgrade-root"
    echo "$new_version"
}

# systemd-analyze security's overall exposure of UNIT, printed; fails above MAX.
check_exposure() {    # UNIT MAX
    local exposure
    exposure=$(in_root systemd-analyze security --no-pager "$1" 2>/dev/null \
        | grep -oE "Overall exposure level for $1: [0-9.]+" | grep -oE '[0-9.]+$' || true)
    echo "    systemd-analyze security $1: ${exposure:-none}"
    [ -n "$exposure" ] && awk -v e="$exposure" -v m="$2" 'BEGIN { exit !(e <= m) }' \
        || fail "exposure ${exposure:-unknown} > $2"
}
