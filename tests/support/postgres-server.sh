#!/bin/sh
# Starts or stops a throw-away PostgreSQL 15 server for the storage tests.
#   postgres-server.sh start ENVFILE   initdb into a temporary folder, start on a unix socket and on
#                                      127.0.0.1, write connection facts into ENVFILE
#   postgres-server.sh stop ENVFILE    stop the server and remove its folder
# Local connections are trusted; TCP connections need a password, so tests can prove that a wrong
# password is refused.
set -eu

action=${1:?start or stop}
envfile=${2:?path of the env file}
bindir=${PODIUM_PG_BINDIR:-/usr/lib/postgresql/15/bin}

as_owner() {
    # initdb and postgres refuse to run as root; the Debian package provides the postgres user.
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$action" in
start)
    if [ -f "$envfile" ]; then
        "$0" stop "$envfile" || true
    fi
    if [ ! -x "$bindir/initdb" ]; then
        echo "PostgreSQL 15 is not installed (expected $bindir/initdb): apt-get install postgresql-15" >&2
        exit 1
    fi
    root=$(mktemp -d /tmp/podium-pg.XXXXXX)
    mkdir -p "$root/data" "$root/sock"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$root"; fi
    port=$(free_port)
    as_owner "$bindir/initdb" -D "$root/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$root/data" -w -l "$root/server.log" \
        -o "-k $root/sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$root/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h "$root/sock" -p "$port" -U postgres -d postgres -qAt \
        -c "CREATE ROLE podium_pw LOGIN PASSWORD 'right-password' CREATEDB" >/dev/null
    mkdir -p "$(dirname "$envfile")"
    cat >"$envfile" <<ENV
PG_ROOT=$root
PG_SOCKET_DIR=$root/sock
PG_PORT=$port
PG_ADMIN_USER=postgres
PG_PASSWORD_USER=podium_pw
PG_PASSWORD=right-password
ENV
    echo "PostgreSQL started on $root/sock and 127.0.0.1:$port"
    ;;
stop)
    [ -f "$envfile" ] || exit 0
    root=$(sed -n 's/^PG_ROOT=//p' "$envfile")
    if [ -n "$root" ] && [ -d "$root/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$root"
    fi
    rm -f "$envfile"
    echo "PostgreSQL stopped"
    ;;
*)
    echo "usage: $0 start|stop ENVFILE" >&2
    exit 2
    ;;
esac
