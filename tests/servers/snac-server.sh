#!/bin/sh
# Starts or stops a private snac2 instance (a real server speaking the
# Mastodon client API) on loopback for Podium's integration tests.
#
#   snac-server.sh start DIR PORT   create an instance in DIR/data, serve it on
#                                   127.0.0.1:PORT, write DIR/users.env and DIR/env
#   snac-server.sh stop DIR         stop the server started from DIR
#
# DIR may exist (e.g. from mktemp -d) or not; it must be empty of an earlier
# instance. Files written:
#   DIR/data/       snac's storage (`snac init` refuses an existing directory,
#                   hence the subdirectory)
#   DIR/users.env   PODIUM_SNAC_USER/_PASSWORD, PODIUM_SNAC_COLLEAGUE_USER/_PASSWORD
#   DIR/env         PODIUM_SNAC_URL, PODIUM_SNAC_TOKEN, PODIUM_SNAC_USER,
#                   PODIUM_SNAC_COLLEAGUE_USER, PODIUM_SNAC_COLLEAGUE_TOKEN,
#                   PODIUM_SNAC_CLIENT_ID, PODIUM_SNAC_CLIENT_SECRET
#   DIR/snac.pid    pid of `snac httpd`;  DIR/snac.log  its output
# Both .env files hold NAME='value' lines (values never contain a quote), so
# they can be sourced by a shell or read line by line by a test.
#
# Needs snac2, curl and jq (tests/servers/install-servers.sh installs them).
set -eu

START_TIMEOUT=20   # seconds to wait for the server to answer HTTP
STOP_TIMEOUT=20    # seconds to wait for it to exit after SIGTERM
OOB=urn:ietf:wg:oauth:2.0:oob

die() { printf 'snac-server: error: %s\n' "$*" >&2; exit 1; }
log() { printf 'snac-server: %s\n' "$*" >&2; }
usage() { die "usage: $0 start DIR PORT | stop DIR"; }

# NAME='value' line; refuses values a single-quoted shell word cannot hold.
assign() {
    case "$2" in *\'*) die "value for $1 contains a quote" ;; esac
    printf "%s='%s'\n" "$1" "$2"
}

# Runs a command as the unprivileged server user: snac must not run as root.
as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid="$RUN_USER" --regid="$RUN_GROUP" --init-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

# Same, replacing the current (sub)shell, so that `(exec_as_user cmd) &`
# leaves $! = the server's own pid, which is what stop has to signal.
exec_as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        exec setpriv --reuid="$RUN_USER" --regid="$RUN_GROUP" --init-groups --reset-env -- "$@"
    fi
    exec "$@"
}

# True while PID (or every process of group -PGID) exists and is not a
# zombie: an exited child of a parent that has not reaped it yet still
# answers kill -0. (No `kill --`: dash's kill does not take it.)
pid_alive() {
    case "$1" in
    "") return 1 ;;
    -*) ps -e -o pgid=,stat= | awk -v g="${1#-}" '$1 == g && $2 !~ /^Z/ { f = 1 } END { exit !f }' ;;
    *) ps -o stat= -p "$1" 2>/dev/null | awk '$1 !~ /^Z/ { f = 1 } END { exit !f }' ;;
    esac
}

port_in_use() {
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}

stop_server() {
    dir=$1
    pidfile="$dir/snac.pid"
    [ -f "$pidfile" ] || { log "no $pidfile: nothing to stop"; return 0; }
    pid=$(cat "$pidfile")
    if pid_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        # snac finishes in-flight deliveries before exiting (a few seconds).
        waited=0
        while pid_alive "$pid" && [ "$waited" -lt $((STOP_TIMEOUT * 10)) ]; do
            sleep 0.1
            waited=$((waited + 1))
        done
        if pid_alive "$pid"; then
            log "pid $pid ignored SIGTERM for ${STOP_TIMEOUT}s: sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            waited=0
            while pid_alive "$pid" && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
            ! pid_alive "$pid" || { log "$pid survived SIGKILL"; return 1; }
        fi
    fi
    rm -f "$pidfile"
}

# Logs USER in through snac's OAuth form and trades the code for a token.
# Prints the access token.
oauth_token() {
    user=$1 password=$2
    # With the out-of-band redirect the login form answers 200 with the body
    # "CODE&state=STATE"; a wrong password answers 200 with the HTML form.
    body=$(curl -fsS --max-time 10 -X POST "$URL/oauth/x-snac-login" \
        --data-urlencode "login=$user" --data-urlencode "passwd=$password" \
        --data-urlencode "redir=$OOB" --data-urlencode "cid=$CLIENT_ID" \
        --data-urlencode "state=podium") || die "login form POST failed for $user"
    code=${body%%&*}
    case "$code" in
    "" | *[!0-9a-zA-Z]*) die "login for $user returned no code (body: $(printf '%s' "$body" | head -c 200))" ;;
    esac
    token=$(curl -fsS --max-time 10 -X POST "$URL/oauth/token" \
        --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
        --data-urlencode "client_id=$CLIENT_ID" --data-urlencode "client_secret=$CLIENT_SECRET" \
        --data-urlencode "redirect_uri=$OOB" --data-urlencode "scope=read write follow" |
        jq -er .access_token) || die "token exchange failed for $user"
    # Check the token really authenticates as that user.
    who=$(curl -fsS --max-time 10 -H "Authorization: Bearer $token" \
        "$URL/api/v1/accounts/verify_credentials" | jq -er .username) ||
        die "verify_credentials failed with the token of $user"
    [ "$who" = "$user" ] || die "token of $user authenticates as '$who'"
    printf '%s' "$token"
}

start_server() {
    dir=$1 port=$2
    case "$port" in "" | *[!0-9]*) die "PORT must be a number: '$port'" ;; esac
    command -v snac >/dev/null || die "snac not found: run tests/servers/install-servers.sh"
    for tool in curl jq ss setpriv; do
        command -v "$tool" >/dev/null || die "$tool not found: run tests/servers/install-servers.sh"
    done
    if [ -f "$dir/snac.pid" ] && pid_alive "$(cat "$dir/snac.pid")"; then
        die "a server from $dir is already running (pid $(cat "$dir/snac.pid"))"
    fi
    [ ! -e "$dir/data" ] || die "$dir/data already exists: use a fresh DIR"
    # A server already on the port would answer our readiness probe.
    ! port_in_use "$port" || die "port $port is already in use"

    if [ "$(id -u)" -eq 0 ]; then
        RUN_USER=debian-snac
        id "$RUN_USER" >/dev/null 2>&1 || die "user $RUN_USER missing (is snac2 installed?)"
        RUN_GROUP=$(id -gn "$RUN_USER")
    else
        RUN_USER=$(id -un) RUN_GROUP=$(id -gn)
    fi

    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)   # snac wants an absolute base dir in messages/logs
    if [ "$(id -u)" -eq 0 ]; then
        # The server user creates DIR/data; nobody else needs in.
        chgrp "$RUN_GROUP" "$dir"
        chmod 0770 "$dir"
    fi
    as_user test -w "$dir" -a -x "$dir" ||
        die "$RUN_USER cannot write $dir (a parent directory may be closed to it)"

    data="$dir/data"
    URL="http://127.0.0.1:$port"
    # `snac init` asks: address, port, host name, URL prefix, admin e-mail.
    printf '127.0.0.1\n%s\n127.0.0.1:%s\n\n\n' "$port" "$port" |
        as_user snac init "$data" >"$dir/snac-init.log" 2>&1 ||
        die "snac init failed: $(cat "$dir/snac-init.log")"
    # Default https would put https:// URLs into every object and link.
    as_user sed -i 's/"protocol": *"https"/"protocol": "http"/' "$data/server.json"
    grep -q '"protocol": "http"' "$data/server.json" || die "could not set protocol http in server.json"

    # adduser prints "User password is XXXX".
    for u in podium colleague; do
        out=$(as_user snac adduser "$data" "$u" </dev/null 2>&1) || die "snac adduser $u failed: $out"
        pw=$(printf '%s\n' "$out" | sed -n 's/^User password is //p')
        [ -n "$pw" ] || die "no password in the output of snac adduser $u: $out"
        eval "pw_$u=\$pw"
    done
    # shellcheck disable=SC2154  # pw_podium / pw_colleague are set by the eval above
    {
        assign PODIUM_SNAC_USER podium
        assign PODIUM_SNAC_PASSWORD "$pw_podium"
        assign PODIUM_SNAC_COLLEAGUE_USER colleague
        assign PODIUM_SNAC_COLLEAGUE_PASSWORD "$pw_colleague"
    } >"$dir/users.env"
    chmod 0600 "$dir/users.env"

    t0=$(date +%s.%N)
    (exec_as_user snac httpd "$data") >"$dir/snac.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$dir/snac.pid"
    # Any failure from here on must not leave a server behind.
    trap 'stop_server "$dir"' EXIT

    # Bounded wait for the first HTTP answer; bail out early if it died.
    tries=0
    until curl -fsS -o /dev/null --max-time 2 "$URL/api/v1/instance" 2>/dev/null; do
        pid_alive "$pid" || die "snac httpd exited during start-up; log: $(tail -n 20 "$dir/snac.log")"
        tries=$((tries + 1))
        if [ "$tries" -ge $((START_TIMEOUT * 10)) ]; then
            die "snac did not answer on $URL within ${START_TIMEOUT}s; log: $(tail -n 20 "$dir/snac.log")"
        fi
        sleep 0.1
    done
    t1=$(date +%s.%N)

    # OAuth: register an app, then the authorization-code flow for each user
    # (snac supports no other grant).
    app=$(curl -fsS --max-time 10 -X POST "$URL/api/v1/apps" \
        --data-urlencode "client_name=Podium tests" --data-urlencode "redirect_uris=$OOB" \
        --data-urlencode "scopes=read write follow") || die "POST /api/v1/apps failed"
    CLIENT_ID=$(printf '%s' "$app" | jq -er .client_id) || die "no client_id in: $app"
    CLIENT_SECRET=$(printf '%s' "$app" | jq -er .client_secret) || die "no client_secret in: $app"
    token_podium=$(oauth_token podium "$pw_podium")
    token_colleague=$(oauth_token colleague "$pw_colleague")

    {
        assign PODIUM_SNAC_URL "$URL"
        assign PODIUM_SNAC_USER podium
        assign PODIUM_SNAC_TOKEN "$token_podium"
        assign PODIUM_SNAC_COLLEAGUE_USER colleague
        assign PODIUM_SNAC_COLLEAGUE_TOKEN "$token_colleague"
        assign PODIUM_SNAC_CLIENT_ID "$CLIENT_ID"
        assign PODIUM_SNAC_CLIENT_SECRET "$CLIENT_SECRET"
    } >"$dir/env.tmp"
    chmod 0600 "$dir/env.tmp"
    mv "$dir/env.tmp" "$dir/env"   # appears complete or not at all
    trap - EXIT
    t2=$(date +%s.%N)
    log "$(awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "up on %s (pid %s): HTTP after %.2fs, tokens after %.2fs", "'"$URL"'", "'"$pid"'", b - a, c - a }')"
}

[ $# -ge 2 ] || usage
case "$1" in
start) [ $# -eq 3 ] || usage; start_server "$2" "$3" ;;
stop) [ $# -eq 2 ] || usage; stop_server "$2" ;;
*) usage ;;
esac
