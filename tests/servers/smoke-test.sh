#!/bin/sh
# Smoke test of the test servers: starts snac2 and WordPress in fresh
# temporary directories on free loopback ports, exercises the API calls
# Podium relies on with curl, stops both and checks nothing is left running.
# Exits non-zero on any failure. Set KEEP_DIRS=1 to keep the directories
# (logs) afterwards.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0

say() { printf 'smoke-test: %s\n' "$*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ok() { passed=$((passed + 1)); say "ok: $*"; }
fail() { failed=$((failed + 1)); say "FAIL: $*"; exit 1; }

for tool in curl jq ss; do
    command -v "$tool" >/dev/null || { say "$tool missing: run $HERE/install-servers.sh"; exit 1; }
done

# A port nobody listens on, from the range above the usual services.
free_port() {
    i=0
    while [ "$i" -lt 100 ]; do
        p=$(shuf -i 20000-49999 -n 1)
        if ! ss -Hltn "sport = :$p" | grep -q .; then
            echo "$p"
            return 0
        fi
        i=$((i + 1))
    done
    return 1
}

# True while PID exists and is not a zombie (see the server scripts).
alive() { ps -o stat= -p "$1" 2>/dev/null | awk '$1 !~ /^Z/ { f = 1 } END { exit !f }'; }

SNAC_DIR=$(mktemp -d)
WP_DIR=$(mktemp -d)
BODY=$(mktemp)

# Runs even when a step fails: stop both servers, then make sure no
# process of theirs survived and their ports are closed.
cleanup() {
    status=$?
    trap - EXIT INT TERM
    pids=
    for f in "$SNAC_DIR/snac.pid" "$WP_DIR/php.pid" "$WP_DIR/mariadbd.pid"; do
        [ -f "$f" ] && pids="$pids $(cat "$f")"
    done
    t0=$(now)
    "$HERE/snac-server.sh" stop "$SNAC_DIR" || status=1
    t1=$(now)
    "$HERE/wordpress-server.sh" stop "$WP_DIR" || status=1
    t2=$(now)
    say "stop times: snac $(elapsed "$t0" "$t1")s, wordpress $(elapsed "$t1" "$t2")s"
    for pid in $pids; do
        if alive "$pid"; then
            say "FAIL: process $pid is still running after stop"
            status=1
        fi
    done
    # Any process (e.g. a php worker) still mentioning our directories?
    for d in "$SNAC_DIR" "$WP_DIR"; do
        # (D through the environment: in awk's arguments it would match awk.)
        left=$(ps -e -o pid=,stat=,args= | D=$d awk 'index($0, ENVIRON["D"]) && $2 !~ /^Z/ { print $1 }')
        if [ -n "$left" ]; then
            say "FAIL: processes left for $d: $(echo "$left" | tr '\n' ' ')"
            status=1
        fi
    done
    for port in ${SNAC_PORT:-} ${WP_PORT:-}; do
        if ss -Hltn "sport = :$port" | grep -q .; then
            say "FAIL: port $port still listening after stop"
            status=1
        fi
    done
    ls /etc/wordpress/config-podium-test-"${WP_PORT:-x}".php >/dev/null 2>&1 &&
        { say "FAIL: WordPress config shim left in /etc/wordpress"; status=1; }
    if [ "${KEEP_DIRS:-0}" = 1 ]; then
        say "kept $SNAC_DIR and $WP_DIR"
    else
        rm -rf "$SNAC_DIR" "$WP_DIR"
    fi
    rm -f "$BODY"
    [ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
    say "$passed passed, $failed failed"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# http EXPECTED_STATUS METHOD URL [curl args...]: body goes to $BODY.
http() {
    expected=$1 method=$2 url=$3
    shift 3
    code=$(curl -sS --max-time 20 -o "$BODY" -w '%{http_code}' -X "$method" "$@" "$url") ||
        fail "$method $url: curl failed"
    [ "$code" = "$expected" ] ||
        fail "$method $url: HTTP $code, expected $expected: $(head -c 400 "$BODY")"
}
json() { jq -er "$1" "$BODY"; }

SNAC_PORT=$(free_port)
t0=$(now)
"$HERE/snac-server.sh" start "$SNAC_DIR" "$SNAC_PORT"
t1=$(now)
WP_PORT=$(free_port)
"$HERE/wordpress-server.sh" start "$WP_DIR" "$WP_PORT"
t2=$(now)
say "start times: snac $(elapsed "$t0" "$t1")s, wordpress $(elapsed "$t1" "$t2")s"

# --- snac (Mastodon client API) -------------------------------------------
# shellcheck disable=SC1091  # written at run time by snac-server.sh
. "$SNAC_DIR/env"
AUTH="Authorization: Bearer $PODIUM_SNAC_TOKEN"
marker="podium-smoke-$(date +%s)-$$"

http 200 GET "$PODIUM_SNAC_URL/api/v1/accounts/verify_credentials" -H "Authorization: Bearer $PODIUM_SNAC_COLLEAGUE_TOKEN"
[ "$(json .username)" = colleague ] || fail "colleague token authenticates as $(json .username)"
ok "snac: colleague token works"

http 200 POST "$PODIUM_SNAC_URL/api/v1/statuses" -H "$AUTH" \
    --data-urlencode "status=Smoke test $marker" --data-urlencode visibility=public
status_id=$(json .id) || fail "no id in the posted status"
ok "snac: posted status $status_id"

http 200 GET "$PODIUM_SNAC_URL/api/v1/statuses/$status_id" -H "$AUTH"
json .content | grep -qF "$marker" || fail "status $status_id does not contain the marker: $(json .content)"
[ "$(json .account.username)" = podium ] || fail "status author is $(json .account.username)"
ok "snac: read the status back"

http 200 POST "$PODIUM_SNAC_URL/api/v1/statuses/$status_id/favourite" -H "$AUTH"
[ "$(json .favourited)" = true ] || fail "favourite: favourited is $(json .favourited)"
ok "snac: favourited it"

http 200 GET "$PODIUM_SNAC_URL/api/v1/instance"
[ "$(json .uri)" = "127.0.0.1:$SNAC_PORT" ] || fail "instance uri is $(json .uri)"
ok "snac: instance max_characters $(json .configuration.statuses.max_characters), characters_reserved_per_url $(json .configuration.statuses.characters_reserved_per_url)"

http 401 POST "$PODIUM_SNAC_URL/api/v1/statuses" -H "Authorization: Bearer not-a-token" --data-urlencode "status=x"
ok "snac: a bad token is refused with 401"

# --- WordPress REST API -----------------------------------------------------
# shellcheck disable=SC1091  # written at run time by wordpress-server.sh
. "$WP_DIR/env"
WP_AUTH="$PODIUM_WP_USER:$PODIUM_WP_APP_PASSWORD"

http 201 POST "$PODIUM_WP_URL/wp-json/wp/v2/posts" -u "$WP_AUTH" -H 'Content-Type: application/json' \
    --data "{\"title\":\"Smoke test\",\"content\":\"<p>$marker</p>\",\"status\":\"publish\",\"slug\":\"$marker\"}"
post_id=$(json .id) || fail "no id in the created post"
[ "$(json .status)" = publish ] || fail "post status is $(json .status)"
ok "wordpress: created post $post_id"

http 200 GET "$PODIUM_WP_URL/wp-json/wp/v2/posts?slug=$marker"
[ "$(json 'length')" = 1 ] || fail "lookup by slug found $(json 'length') posts"
[ "$(json '.[0].id')" = "$post_id" ] || fail "lookup by slug found post $(json '.[0].id')"
ok "wordpress: read it back by slug"

http 201 POST "$PODIUM_WP_URL/wp-json/wp/v2/comments" -u "$WP_AUTH" -H 'Content-Type: application/json' \
    --data "{\"post\":$post_id,\"content\":\"Comment on $marker\"}"
comment_id=$(json .id) || fail "no id in the created comment"
ok "wordpress: commented ($comment_id)"

http 200 GET "$PODIUM_WP_URL/?rest_route=/wp/v2/posts/$post_id"
[ "$(json .id)" = "$post_id" ] || fail "?rest_route= returned $(json .id)"
ok "wordpress: ?rest_route= works too"

http 401 POST "$PODIUM_WP_URL/wp-json/wp/v2/posts" -u "$PODIUM_WP_USER:wrong password" \
    -H 'Content-Type: application/json' --data '{"title":"x"}'
ok "wordpress: a bad application password is refused with 401"

# The summary line comes from cleanup, after the stop checks.
