#!/bin/sh
# The CTest fixture "wordpress": a real WordPress on a free loopback port for the connector's tests.
#   wordpress-fixture.sh start DIR   start tests/servers/wordpress-server.sh in DIR; it writes DIR/env
#   wordpress-fixture.sh stop DIR    stop it and remove DIR
# The port is chosen here, at run time, so parallel build trees and other servers never collide.
set -eu

action=${1:?start or stop}
dir=${2:?directory of the server}
server="$(cd "$(dirname "$0")/../../../servers" && pwd)/wordpress-server.sh"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$action" in
start)
    # A server left over from an interrupted run would hold the directory and its port.
    if [ -d "$dir" ]; then
        "$server" stop "$dir" || true
        rm -rf "$dir"
    fi
    started=$(date +%s.%N)
    # The port is free when chosen but could be taken before PHP binds it: try a few.
    for attempt in 1 2 3; do
        if "$server" start "$dir" "$(free_port)"; then
            awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "wordpress-fixture: up in %.2fs\n", b - a }'
            exit 0
        fi
        echo "wordpress-fixture: start attempt $attempt failed" >&2
        "$server" stop "$dir" || true
        rm -rf "$dir"
    done
    exit 1
    ;;
stop)
    "$server" stop "$dir"
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
