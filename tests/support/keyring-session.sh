#!/bin/sh
# Starts or stops a private D-Bus session bus with an unlocked gnome-keyring Secret Service on it, so the
# keychain tests exercise the real backend without touching the person's own keyring or session.
#   keyring-session.sh start ENVFILE   fresh HOME and XDG_RUNTIME_DIR (mode 0700), a bus on a socket inside
#                                      it, gnome-keyring-daemon on that bus; writes the bus address, HOME
#                                      and both pids into ENVFILE
#   keyring-session.sh stop ENVFILE    stop both daemons and remove the folder
# Works as root and as an ordinary user. Fails (exit 1) when either daemon cannot be started.
set -eu

action=${1:?start or stop}
envfile=${2:?path of the env file}
# How long to wait for org.freedesktop.secrets to appear on the bus, in tenths of a second.
wait_tenths=${PODIUM_KEYRING_WAIT_TENTHS:-100}

value_of() {
    sed -n "s/^$1='\(.*\)'\$/\1/p" "$envfile"
}

secrets_on_bus() {
    DBUS_SESSION_BUS_ADDRESS=$1 dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}

# A daemon that exited stays a zombie until init reaps it; that counts as stopped.
running() {
    [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# stop_pids ROOT PID...: stops the processes, waiting up to 2 s each so the folder is not removed under a
# daemon still writing. Only processes whose command line names ROOT are ours: a stale env file's pids may
# have been reused by now.
stop_pids() {
    owner_root=$1
    shift
    for pid in "$@"; do
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$owner_root" || continue
        kill "$pid" 2>/dev/null || continue
        tenths=0
        while running "$pid" && [ "$tenths" -lt 20 ]; do
            sleep 0.1
            tenths=$((tenths + 1))
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
}

owner_pid() {
    DBUS_SESSION_BUS_ADDRESS=$1 dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
        2>/dev/null | sed -n 's/^ *uint32 \([0-9]*\)$/\1/p'
}

clean_up_failed_start() {
    status=$?
    if [ "$status" != 0 ]; then
        "$0" stop "$envfile" >/dev/null 2>&1 || true
    fi
    exit "$status"
}

case "$action" in
start)
    if [ -f "$envfile" ]; then
        "$0" stop "$envfile" >/dev/null || true
    fi
    for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is not installed: apt-get install dbus-daemon dbus-bin gnome-keyring libsecret-1-0" >&2
            exit 1
        fi
    done
    root=$(mktemp -d "${TMPDIR:-/tmp}/podium-keyring.XXXXXX")
    chmod 0700 "$root"
    mkdir -m 0700 "$root/home" "$root/run"
    # Written first so that stop can clean up whatever the rest manages to start.
    mkdir -p "$(dirname "$envfile")"
    printf "KEYRING_ROOT='%s'\n" "$root" >"$envfile"
    # A start that fails half-way leaves nothing running behind.
    trap clean_up_failed_start EXIT

    # --fork returns once the bus listens; its address and pid come back on two descriptors.
    dbus-daemon --session --fork --nosyslog --address="unix:path=$root/run/bus" \
        --print-address=3 --print-pid=4 3>"$root/bus.address" 4>"$root/bus.pid" \
        </dev/null >"$root/bus.log" 2>&1 || { cat "$root/bus.log" >&2; exit 1; }
    address=$(head -n 1 "$root/bus.address")
    bus_pid=$(head -n 1 "$root/bus.pid")
    printf "DBUS_PID='%s'\n" "$bus_pid" >>"$envfile"

    # The keyring password only unlocks this throw-away login keyring; --unlock reads it from stdin.
    # All output goes to a log so that CTest is not left waiting on a daemon that holds its pipes.
    printf '%s' podium-test-keyring | env HOME="$root/home" XDG_RUNTIME_DIR="$root/run" \
        XDG_DATA_HOME="$root/home/.local/share" XDG_CONFIG_HOME="$root/home/.config" \
        DBUS_SESSION_BUS_ADDRESS="$address" \
        gnome-keyring-daemon --daemonize --unlock --components=secrets \
        --control-directory="$root/run/keyring" >"$root/keyring.log" 2>&1 \
        || { cat "$root/keyring.log" >&2; exit 1; }

    tenths=0
    until secrets_on_bus "$address"; do
        tenths=$((tenths + 1))
        if [ "$tenths" -gt "$wait_tenths" ]; then
            echo "org.freedesktop.secrets did not appear on the private bus:" >&2
            cat "$root/keyring.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    keyring_pid=$(owner_pid "$address")
    cat >>"$envfile" <<ENV
KEYRING_PID='$keyring_pid'
KEYRING_HOME='$root/home'
DBUS_SESSION_BUS_ADDRESS='$address'
ENV
    echo "Secret Service (pid $keyring_pid) on $address"
    ;;
stop)
    [ -f "$envfile" ] || exit 0
    root=$(value_of KEYRING_ROOT)
    # shellcheck disable=SC2046 # the pids are words on purpose; either may be missing
    stop_pids "$root" $(value_of KEYRING_PID) $(value_of DBUS_PID)
    case "$root" in
    */podium-keyring.*) rm -rf "$root" ;;
    esac
    rm -f "$envfile"
    echo "Secret Service stopped"
    ;;
*)
    echo "usage: $0 start|stop ENVFILE" >&2
    exit 2
    ;;
esac
