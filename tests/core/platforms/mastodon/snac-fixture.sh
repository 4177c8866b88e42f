#!/bin/sh
# The CTest fixture `snac`: starts a private snac2 for the Mastodon tests on a
# free loopback port, and stops it again.
#
#   snac-fixture.sh start DIR   (re)creates DIR/server and writes DIR/server/env
#   snac-fixture.sh stop DIR
#
# The tests find DIR/server/env through a path compiled into them. Failing to
# start is an error (the tests then fail), never a reason to skip them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
servers="$here/../../../servers"

[ $# -eq 2 ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
dir=$2

case "$1" in
start)
    # A server left behind by an interrupted run would keep its port and data.
    "$servers/snac-server.sh" stop "$dir/server" >/dev/null 2>&1 || true
    rm -rf "$dir/server"
    mkdir -p "$dir"
    # Ask the kernel for a free port; a clash in the moment before snac binds
    # it is refused by snac-server.sh, so try a few.
    tries=0
    while :; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
        t0=$(date +%s%N)
        if "$servers/snac-server.sh" start "$dir/server" "$port"; then
            t1=$(date +%s%N)
            echo "snac-fixture: started on port $port in $(( (t1 - t0) / 1000000 )) ms; env: $dir/server/env"
            exit 0
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 3 ] || { echo "snac-fixture: could not start snac" >&2; exit 1; }
        "$servers/snac-server.sh" stop "$dir/server" >/dev/null 2>&1 || true
        rm -rf "$dir/server"
    done
    ;;
stop)
    "$servers/snac-server.sh" stop "$dir/server"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
