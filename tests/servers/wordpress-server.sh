#!/bin/sh
# Starts or stops a private WordPress (Debian's package) with its own MariaDB
# on loopback for Podium's integration tests. No system service is used.
#
#   wordpress-server.sh start DIR PORT   serve WordPress on 127.0.0.1:PORT
#   wordpress-server.sh stop DIR         stop PHP and MariaDB started from DIR
#
# DIR may exist (e.g. from mktemp -d) or not. Files written:
#   DIR/mysql/          MariaDB data directory; DIR/mysql.sock its socket
#   DIR/wp-config.php   this instance's WordPress configuration
#   DIR/router.php      router script for PHP's built-in web server
#   DIR/wp-content/     WP_CONTENT_DIR (uploads; packaged plugins/themes linked)
#   DIR/env             PODIUM_WP_URL, PODIUM_WP_USER, PODIUM_WP_APP_PASSWORD,
#                       PODIUM_WP_PASSWORD (the login password), as NAME='value'
#   DIR/php.pid, DIR/mariadbd.pid, DIR/php.log, DIR/mariadbd.log
# and, outside DIR (removed by stop): /etc/wordpress/config-podium-test-PORT.php,
# a one-line file requiring DIR/wp-config.php. Debian's wp-config.php only
# loads configs from /etc/wordpress/config-<name>.php; the router selects
# <name> through $_SERVER['WORDPRESS_CONFIG'].
#
# Needs wordpress, php-cli, php-mysql, mariadb-server, curl and jq
# (tests/servers/install-servers.sh installs them).
set -eu

START_TIMEOUT=30   # seconds for each of MariaDB and PHP to answer
STOP_TIMEOUT=20    # seconds to wait for each process to exit after SIGTERM
WP_ROOT=/usr/share/wordpress
ETC_DIR=/etc/wordpress

die() { printf 'wordpress-server: error: %s\n' "$*" >&2; exit 1; }
log() { printf 'wordpress-server: %s\n' "$*" >&2; }
usage() { die "usage: $0 start DIR PORT | stop DIR"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=
    DB_USER_OS=mysql      # MariaDB and PHP run unprivileged
    PHP_USER_OS=www-data
else
    # sudo only for the config shim in /etc/wordpress, if that is closed to us
    if [ -w "$ETC_DIR" ]; then SUDO=; else SUDO=sudo; fi
    DB_USER_OS=$(id -un)
    PHP_USER_OS=$(id -un)
fi

# NAME='value' line; refuses values a single-quoted shell word cannot hold.
assign() {
    case "$2" in *\'*) die "value for $1 contains a quote" ;; esac
    printf "%s='%s'\n" "$1" "$2"
}

# A random string of letters and digits (safe in SQL, PHP and shell quotes).
random_word() {
    head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$1"
}

# Runs a command as USER (first argument) when root, as ourselves otherwise.
as_user() {
    user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid="$user" --regid="$(id -gn "$user")" --init-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

# Same, replacing the current (sub)shell, so `(exec_as_user U cmd) &` leaves
# $! = the server's own pid.
exec_as_user() {
    user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        exec setpriv --reuid="$user" --regid="$(id -gn "$user")" --init-groups --reset-env -- "$@"
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

port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

# Sends SIGTERM to TARGET (a pid, or -PGID for a process group), waits up to
# STOP_TIMEOUT for it to vanish, then SIGKILLs it.
terminate() {
    target=$1 what=$2
    pid_alive "$target" || return 0
    kill -TERM "$target" 2>/dev/null || true
    waited=0
    while pid_alive "$target" && [ "$waited" -lt $((STOP_TIMEOUT * 10)) ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if pid_alive "$target"; then
        log "$what ($target) ignored SIGTERM for ${STOP_TIMEOUT}s: sending SIGKILL"
        kill -KILL "$target" 2>/dev/null || true
        waited=0
        while pid_alive "$target" && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
        ! pid_alive "$target" || { log "$target survived SIGKILL"; return 1; }
    fi
}

stop_all() {
    [ -d "$1" ] || { log "no directory $1: nothing to stop"; return 0; }
    dir=$(cd "$1" && pwd)   # the shim names DIR by its absolute path
    rc=0   # keep going on errors: each part must be cleaned up regardless
    # PHP runs in its own process group: the built-in server forks
    # PHP_CLI_SERVER_WORKERS workers, and the whole group has to go.
    if [ -f "$dir/php.pid" ]; then
        if terminate "-$(cat "$dir/php.pid")" "php -S"; then rm -f "$dir/php.pid"; else rc=1; fi
    fi
    # mariadbd shuts down cleanly on SIGTERM.
    if [ -f "$dir/mariadbd.pid" ]; then
        if terminate "$(cat "$dir/mariadbd.pid")" mariadbd; then rm -f "$dir/mariadbd.pid"; else rc=1; fi
    fi
    if [ -f "$dir/port" ]; then
        shim="$ETC_DIR/config-podium-test-$(cat "$dir/port").php"
        # Remove the shim only if it still points at this DIR.
        if [ -f "$shim" ] && grep -qF "'$dir/wp-config.php'" "$shim"; then
            $SUDO rm -f "$shim"
        fi
        rm -f "$dir/port"
    fi
    return "$rc"
}

write_config() {
    # Keys and salts: any random value works for a throwaway test site.
    keys=
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        keys="$keys
define('$k', '$(random_word 48)');"
    done
    cat <<PHP
<?php
// Generated by tests/servers/wordpress-server.sh for a throwaway test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
// "localhost:PATH" makes mysqli use the Unix socket PATH.
define('DB_HOST', 'localhost:$dir/mysql.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
$keys

define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// Debian's default is the shared /var/lib/wordpress/wp-content.
define('WP_CONTENT_DIR', '$dir/wp-content');
define('WP_CONTENT_URL', '$URL/wp-content');

// 'local' lets Application Passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
// No outgoing HTTP except to this site itself (WP-Cron calls back into it).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISALLOW_FILE_MODS', true);
define('WP_DEBUG', false);
// Page loads do not start WP-Cron: each one that did took its lock, so a test's own
// call to wp-cron.php found it taken and did nothing, often enough on a loaded machine
// to miss a scheduled post for over a minute. Tests that wait for a scheduled post ask
// wp-cron.php directly, which runs whatever is due.
define('DISABLE_WP_CRON', true);
define('WP_CRON_LOCK_TIMEOUT', 2);
PHP
}

write_router() {
    cat <<PHP
<?php
// Router for PHP's built-in web server, generated by
// tests/servers/wordpress-server.sh. It plays the part of Apache's
// configuration: it selects this instance's config, maps /wp-content to
// WP_CONTENT_DIR and sends every other unknown path (pretty permalinks,
// /wp-json/...) to index.php. WordPress is required at global scope, as it
// expects, so this file keeps its own variables prefixed.

// Debian's wp-config.php loads /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
// Environment variables do not reach \$_SERVER under php -S: set it here.
\$_SERVER['WORDPRESS_CONFIG'] = 'podium-test-$PORT';

\$podium_root = '$WP_ROOT';
\$podium_content = '$dir/wp-content';
\$podium_path = rawurldecode((string) parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (\$podium_path === '' || preg_match('#(^|/)\\.\\.(/|\$)#', \$podium_path)) {
    http_response_code(400);
    return true;
}

if (strncmp(\$podium_path, '/wp-content/', 12) === 0) {
    \$podium_file = \$podium_content . substr(\$podium_path, 11);
    if (is_file(\$podium_file) && substr(\$podium_file, -4) !== '.php') {
        \$podium_type = function_exists('mime_content_type') ? mime_content_type(\$podium_file) : false;
        header('Content-Type: ' . (\$podium_type ?: 'application/octet-stream'));
        header('Content-Length: ' . filesize(\$podium_file));
        readfile(\$podium_file);
        return true;
    }
    http_response_code(404);
    return true;
}

\$podium_file = \$podium_root . \$podium_path;
\$podium_script = \$podium_path;
if (is_dir(\$podium_file) && is_file(rtrim(\$podium_file, '/') . '/index.php')) {
    \$podium_script = rtrim(\$podium_path, '/') . '/index.php';
    \$podium_file = \$podium_root . \$podium_script;
}
if (is_file(\$podium_file)) {
    if (substr(\$podium_file, -4) !== '.php') {
        return false; // a static file: the built-in server sends it itself
    }
} else {
    \$podium_script = '/index.php';
    \$podium_file = \$podium_root . '/index.php';
}
\$_SERVER['SCRIPT_NAME'] = \$podium_script;
\$_SERVER['PHP_SELF'] = \$podium_script;
\$_SERVER['SCRIPT_FILENAME'] = \$podium_file;
chdir(dirname(\$podium_file));
require \$podium_file;
PHP
}

# Installs WordPress through its own API (there is no wp-cli package) and
# creates an Application Password. Prints "APP_PASSWORD".
write_installer() {
    cat <<'PHP'
<?php
// argv: port, admin user, admin password, admin e-mail
[$self, $port, $user, $password, $email] = $argv;
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . $port;
$_SERVER['WORDPRESS_CONFIG'] = 'podium-test-' . $port;
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
// Pluggable: skip the "new site" e-mail (there is no MTA).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('Podium test site', $user, $email, false, '', wp_slash($password));
if (is_wp_error($result) || empty($result['user_id'])) {
    fwrite(STDERR, "wp_install failed\n");
    exit(1);
}
// Pretty permalinks, so that /wp-json/... and /slug/ are routed by WordPress.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

$created = WP_Application_Passwords::create_new_application_password(
    $result['user_id'], array('name' => 'podium-tests'));
if (is_wp_error($created)) {
    fwrite(STDERR, 'application password: ' . $created->get_error_message() . "\n");
    exit(1);
}
echo $created[0], "\n";
PHP
}

start_all() {
    dir=$1 PORT=$2
    case "$PORT" in "" | *[!0-9]*) die "PORT must be a number: '$PORT'" ;; esac
    for tool in mariadb-install-db mariadb mariadb-admin php curl jq ss setpriv setsid; do
        command -v "$tool" >/dev/null || die "$tool not found: run tests/servers/install-servers.sh"
    done
    # Absolute path: mariadbd lives in /usr/sbin, which a non-root PATH (and
    # the one setpriv --reset-env sets) lacks.
    MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    [ -x "$MARIADBD" ] || die "mariadbd not found: run tests/servers/install-servers.sh"
    [ -f "$WP_ROOT/wp-config.php" ] || die "WordPress not found in $WP_ROOT: run tests/servers/install-servers.sh"
    [ ! -e "$dir/mysql" ] || die "$dir/mysql already exists: use a fresh DIR"
    ! port_in_use "$PORT" || die "port $PORT is already in use"
    shim="$ETC_DIR/config-podium-test-$PORT.php"
    [ ! -e "$shim" ] || die "$shim exists: another instance uses port $PORT (or a stale one: remove it)"

    # Debian's wp-config.php reads configs only from /etc/wordpress.
    if [ -n "$SUDO" ] && ! sudo -n true 2>/dev/null; then
        die "$ETC_DIR is not writable and sudo -n does not work: run as root or allow sudo"
    fi

    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    URL="http://127.0.0.1:$PORT"
    case "$dir" in *\'* | *\\*) die "DIR must not contain quotes or backslashes: $dir" ;; esac

    # Any failure from here on must not leave servers or the shim behind.
    trap 'stop_all "$dir"' EXIT
    echo "$PORT" >"$dir/port"

    if [ "$(id -u)" -eq 0 ]; then
        # mysql creates its socket in DIR; www-data only needs to pass
        # through DIR (o+x) to the socket, the config and wp-content.
        chgrp "$DB_USER_OS" "$dir"
        chmod 0771 "$dir"
    fi
    mkdir "$dir/mysql" "$dir/wp-content" "$dir/wp-content/uploads" "$dir/wp-content/languages"
    # Debian's packaged plugins and themes (read-only is fine: DISALLOW_FILE_MODS).
    ln -s "$WP_ROOT/wp-content/plugins" "$dir/wp-content/plugins"
    ln -s "$WP_ROOT/wp-content/themes" "$dir/wp-content/themes"
    if [ "$(id -u)" -eq 0 ]; then
        chown "$DB_USER_OS:" "$dir/mysql"
        chown -R "$PHP_USER_OS:" "$dir/wp-content/uploads" "$dir/wp-content/languages"
    fi
    as_user "$DB_USER_OS" test -w "$dir" -a -w "$dir/mysql" ||
        die "$DB_USER_OS cannot write $dir (a parent directory may be closed to it)"
    as_user "$PHP_USER_OS" test -x "$dir" -a -w "$dir/wp-content/uploads" ||
        die "$PHP_USER_OS cannot reach $dir (a parent directory may be closed to it)"

    # --- MariaDB ---------------------------------------------------------------
    t0=$(now)
    # --force: without it the script fails where the host name does not resolve.
    if [ "$(id -u)" -eq 0 ]; then
        set -- --user="$DB_USER_OS"
    else
        set -- --auth-root-socket-user="$DB_USER_OS"
    fi
    mariadb-install-db --no-defaults "$@" --datadir="$dir/mysql" --force --skip-test-db \
        >"$dir/mariadb-install-db.log" 2>&1 ||
        die "mariadb-install-db failed: $(tail -n 20 "$dir/mariadb-install-db.log")"
    (exec_as_user "$DB_USER_OS" "$MARIADBD" --no-defaults --datadir="$dir/mysql" \
        --socket="$dir/mysql.sock" --skip-networking --pid-file="$dir/mysql/mariadbd.pid" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=64M) >"$dir/mariadbd.log" 2>&1 </dev/null &
    echo $! >"$dir/mariadbd.pid"
    db_pid=$!
    tries=0
    # `ping` succeeds as soon as the server answers on the socket.
    until mariadb-admin --no-defaults --socket="$dir/mysql.sock" -u "$(id -un)" ping >/dev/null 2>&1; do
        pid_alive "$db_pid" || die "mariadbd exited during start-up: $(tail -n 20 "$dir/mariadbd.log")"
        tries=$((tries + 1))
        [ "$tries" -lt $((START_TIMEOUT * 10)) ] ||
            die "mariadbd did not answer within ${START_TIMEOUT}s: $(tail -n 20 "$dir/mariadbd.log")"
        sleep 0.1
    done
    DB_PASSWORD=$(random_word 24)
    mariadb --no-defaults --socket="$dir/mysql.sock" -u "$(id -un)" <<SQL ||
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
        die "creating the database failed"
    t1=$(now)

    # --- WordPress configuration -------------------------------------------
    write_config >"$dir/wp-config.php"
    write_router >"$dir/router.php"
    write_installer >"$dir/wp-install.php"
    if [ "$(id -u)" -eq 0 ]; then
        # The config holds the DB password: readable by PHP's user only.
        chgrp "$PHP_USER_OS" "$dir/wp-config.php"
        chmod 0640 "$dir/wp-config.php"
    fi
    printf "<?php\n// Podium test instance on port %s (tests/servers/wordpress-server.sh).\nrequire '%s';\n" \
        "$PORT" "$dir/wp-config.php" | $SUDO tee "$shim" >/dev/null
    $SUDO chmod 0644 "$shim"

    WP_USER="admin"
    WP_PASSWORD=$(random_word 20)
    APP_PASSWORD=$(as_user "$PHP_USER_OS" php "$dir/wp-install.php" "$PORT" "$WP_USER" "$WP_PASSWORD" \
        admin@podium.test 2>"$dir/wp-install.log") ||
        die "WordPress installation failed: $(tail -n 20 "$dir/wp-install.log")"
    [ -n "$APP_PASSWORD" ] || die "no application password: $(tail -n 20 "$dir/wp-install.log")"
    t2=$(now)

    # --- PHP's built-in server -------------------------------------------
    # setsid: its own process group, so stop can signal the workers too.
    # WP-Cron requests go back into this server, hence several workers.
    if [ "$(id -u)" -eq 0 ]; then
        set -- setpriv --reuid="$PHP_USER_OS" --regid="$(id -gn "$PHP_USER_OS")" --init-groups --reset-env --
    else
        set --
    fi
    # setsid (not a group leader here, so it does not fork), setpriv and env
    # all exec: $! is php's pid and the process group id.
    (exec setsid "$@" env PHP_CLI_SERVER_WORKERS=4 php -d upload_max_filesize=64M -d post_max_size=64M \
        -S "127.0.0.1:$PORT" -t "$WP_ROOT" "$dir/router.php") >"$dir/php.log" 2>&1 </dev/null &
    php_pid=$!
    echo "$php_pid" >"$dir/php.pid"
    tries=0
    until curl -fsS -o /dev/null --max-time 5 "$URL/wp-json/" 2>/dev/null; do
        pid_alive "$php_pid" || die "php -S exited during start-up: $(tail -n 20 "$dir/php.log")"
        tries=$((tries + 1))
        [ "$tries" -lt $((START_TIMEOUT * 10)) ] ||
            die "WordPress did not answer $URL/wp-json/ within ${START_TIMEOUT}s: $(tail -n 20 "$dir/php.log")"
        sleep 0.1
    done
    t3=$(now)

    {
        assign PODIUM_WP_URL "$URL"
        assign PODIUM_WP_USER "$WP_USER"
        assign PODIUM_WP_APP_PASSWORD "$APP_PASSWORD"
        assign PODIUM_WP_PASSWORD "$WP_PASSWORD"
    } >"$dir/env.tmp"
    chmod 0600 "$dir/env.tmp"
    mv "$dir/env.tmp" "$dir/env"
    trap - EXIT
    log "up on $URL: mariadb $(elapsed "$t0" "$t1")s, wp_install $(elapsed "$t1" "$t2")s, php -S $(elapsed "$t2" "$t3")s, total $(elapsed "$t0" "$t3")s"
}

[ $# -ge 2 ] || usage
case "$1" in
start) [ $# -eq 3 ] || usage; start_all "$2" "$3" ;;
stop) [ $# -eq 2 ] || usage; stop_all "$2" ;;
*) usage ;;
esac
