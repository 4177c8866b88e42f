#!/bin/sh
# Installs the real servers Podium's integration tests run against: snac2 (a
# Mastodon-client-API server, from <codename>-backports) and WordPress with
# MariaDB, plus the client tools the harness uses (curl, jq).
#
# Idempotent: it installs only what is missing, and runs `apt-get update`
# only when something has to be installed. Nothing it installs is left
# running: the test harness (snac-server.sh, wordpress-server.sh) starts
# private instances on loopback instead.
set -eu

# Run privileged commands directly as root, through sudo otherwise.
if [ "$(id -u)" -eq 0 ]; then
    SUDO=
else
    SUDO=sudo
fi

export DEBIAN_FRONTEND=noninteractive

log() { printf 'install-servers: %s\n' "$*" >&2; }

# --- what is missing -------------------------------------------------------
is_installed() {
    # dpkg-query prints "install ok installed" only for fully configured packages.
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# --- make sure no system instance holds ports or sockets --------------------
# With policy-rc.d nothing should have started, but a host whose own
# policy-rc.d allowed starts (or a systemd host that started units from
# presets) may have them running: stop and disable them. This runs on every
# invocation, also when nothing had to be installed.
quiesce_services() {
    for svc in snac2 apache2 apache-htcacheclean mariadb mysql; do
        if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
            if systemctl cat "$svc.service" >/dev/null 2>&1; then
                $SUDO systemctl disable --now "$svc.service" >/dev/null 2>&1 || true
            fi
        elif [ -x "/etc/init.d/$svc" ]; then
            # Without systemd: use the init script directly (invoke-rc.d asks
            # policy-rc.d, which may forbid "stop" too), and only when its
            # status says the system instance runs: mariadb's "stop" falls
            # back to `killall mariadbd`, which would hit the harness's own
            # private instances.
            if $SUDO "/etc/init.d/$svc" status >/dev/null 2>&1; then
                log "stopping system service $svc"
                $SUDO "/etc/init.d/$svc" stop >/dev/null 2>&1 || true
            fi
            $SUDO update-rc.d "$svc" disable >/dev/null 2>&1 || true
        fi
    done
}

STABLE_PACKAGES="curl jq ca-certificates wordpress php-cli php-mysql php-xml php-mbstring mariadb-server"
missing_stable=
for p in $STABLE_PACKAGES; do
    is_installed "$p" || missing_stable="$missing_stable $p"
done
need_snac=false
is_installed snac2 || need_snac=true

if [ -z "$missing_stable" ] && [ "$need_snac" = false ]; then
    log "everything is already installed"
    quiesce_services
    exit 0
fi

if [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
    log "error: not root and no sudo: cannot install$missing_stable$( [ "$need_snac" = false ] || echo ' snac2')"
    exit 1
fi

# --- apt source for backports ------------------------------------------------
# shellcheck disable=SC1091  # os-release is a system file, read at run time
CODENAME=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-bookworm}")
BACKPORTS="$CODENAME-backports"
PODIUM_SOURCE_LIST=/etc/apt/sources.list.d/podium-backports.list
PODIUM_SOURCE_DEB822=/etc/apt/sources.list.d/podium-backports.sources

# The apt source files apt actually reads (it ignores other extensions, e.g.
# *.disabled).
source_files() {
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && printf '%s\n' "$f"
    done
    return 0
}

# True when an enabled source already names the backports suite.
# One-line format: "deb [opts] URI SUITE COMPONENTS"; deb822: "Suites: a b c".
has_backports_source() {
    for f in $(source_files); do
        case "$f" in
        *.sources)
            # Paragraphs separated by blank lines; skip "Enabled: no" ones.
            awk -v suite="$BACKPORTS" '
                BEGIN { RS = ""; FS = "\n"; found = 0 }
                {
                    enabled = 1; hit = 0
                    for (i = 1; i <= NF; i++) {
                        line = $i
                        if (line ~ /^[ \t]*#/) continue
                        if (tolower(line) ~ /^enabled:[ \t]*no/) enabled = 0
                        if (tolower(line) ~ /^suites:/) {
                            sub(/^[^:]*:/, "", line)
                            n = split(line, s, /[ \t]+/)
                            for (j = 1; j <= n; j++) if (s[j] == suite) hit = 1
                        }
                        if (tolower(line) ~ /^types:/ && line !~ /(^|[ \t:])deb([ \t]|$)/) enabled = 0
                    }
                    if (enabled && hit) found = 1
                }
                END { exit found ? 0 : 1 }' "$f" && return 0
            ;;
        *)
            # Drop the optional [options] block, then look at the suite field.
            sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" |
                awk -v suite="$BACKPORTS" '$1 == "deb" && $3 == suite { found = 1 } END { exit found ? 0 : 1 }' &&
                return 0
            ;;
        esac
    done
    return 1
}

# Adds a backports source that reuses the URI (and, for deb822, the
# Signed-By key) of the existing entry for the main suite, in the same
# format the host uses, so no mirror host name is hard-coded here.
add_backports_source() {
    for f in $(source_files); do
        case "$f" in
        *.sources)
            # Print "URI<TAB>SIGNED-BY" of the first enabled deb paragraph
            # whose Suites include the release codename itself.
            entry=$(awk -v suite="$CODENAME" '
                BEGIN { RS = ""; FS = "\n" }
                {
                    enabled = 1; hit = 0; uri = ""; key = ""; isdeb = 0
                    for (i = 1; i <= NF; i++) {
                        line = $i
                        if (line ~ /^[ \t]*#/) continue
                        low = tolower(line)
                        val = line; sub(/^[^:]*:[ \t]*/, "", val)
                        if (low ~ /^enabled:[ \t]*no/) enabled = 0
                        if (low ~ /^types:/ && (" " val " ") ~ /[ \t]deb[ \t]/) isdeb = 1
                        if (low ~ /^uris:/) { split(val, u, /[ \t]+/); uri = u[1] }
                        if (low ~ /^signed-by:/) key = val
                        if (low ~ /^suites:/) {
                            n = split(val, s, /[ \t]+/)
                            for (j = 1; j <= n; j++) if (s[j] == suite) hit = 1
                        }
                    }
                    if (enabled && isdeb && hit && uri != "") { print uri "\t" key; exit }
                }' "$f")
            if [ -n "$entry" ]; then
                uri=$(printf '%s' "$entry" | cut -f1)
                key=$(printf '%s' "$entry" | cut -f2)
                log "adding $BACKPORTS from $uri (deb822, like $f)"
                {
                    printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$BACKPORTS"
                    [ -z "$key" ] || printf 'Signed-By: %s\n' "$key"
                } | $SUDO tee "$PODIUM_SOURCE_DEB822" >/dev/null
                return 0
            fi
            ;;
        *)
            # First "deb [opts] URI CODENAME ..." line; keep its [opts] (e.g. signed-by).
            line=$(sed -e 's/#.*//' "$f" | awk -v suite="$CODENAME" '
                $1 == "deb" {
                    opts = ""; k = 2
                    if ($2 ~ /^\[/) {
                        while (k <= NF) { opts = opts (opts == "" ? "" : " ") $k; if ($k ~ /\]$/) break; k++ }
                        k++
                    }
                    if ($(k + 1) == suite) { print (opts == "" ? "" : opts " ") $k; exit }
                }')
            if [ -n "$line" ]; then
                log "adding $BACKPORTS from: $line (one-line format, like $f)"
                printf 'deb %s %s main\n' "$line" "$BACKPORTS" | $SUDO tee "$PODIUM_SOURCE_LIST" >/dev/null
                return 0
            fi
            ;;
        esac
    done
    log "error: found no apt source for '$CODENAME' to derive the $BACKPORTS mirror from"
    return 1
}

if [ "$need_snac" = true ] && ! has_backports_source; then
    add_backports_source
fi

# --- keep services from starting while installing ---------------------------
# The packages enable system services (snac2 on 127.0.0.1:8001, apache2 on
# :80, mariadb on its socket). invoke-rc.d consults /usr/sbin/policy-rc.d;
# exit 101 means "action forbidden". An existing policy-rc.d is moved aside
# and put back afterwards, never overwritten.
POLICY=/usr/sbin/policy-rc.d
POLICY_BACKUP=/usr/sbin/policy-rc.d.podium-saved
policy_installed=false
restore_policy() {
    if [ "$policy_installed" = true ]; then
        $SUDO rm -f "$POLICY"
        if [ -e "$POLICY_BACKUP" ]; then
            $SUDO mv -f "$POLICY_BACKUP" "$POLICY"
        fi
        policy_installed=false
    fi
}
trap 'restore_policy' EXIT
trap 'restore_policy; exit 130' INT
trap 'restore_policy; exit 143' TERM HUP

if [ -e "$POLICY_BACKUP" ]; then
    # A previous run died before restoring: its backup is the original.
    log "restoring $POLICY left over from an interrupted run"
    $SUDO mv -f "$POLICY_BACKUP" "$POLICY"
fi
if [ -e "$POLICY" ]; then
    $SUDO mv "$POLICY" "$POLICY_BACKUP"
fi
policy_installed=true
printf '#!/bin/sh\n# Installed temporarily by Podium tests/servers/install-servers.sh\nexit 101\n' |
    $SUDO tee "$POLICY" >/dev/null
$SUDO chmod 755 "$POLICY"

# --- install ---------------------------------------------------------------
$SUDO apt-get update -q
if [ -n "$missing_stable" ]; then
    log "installing:$missing_stable"
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    $SUDO apt-get install -y -q --no-install-recommends $missing_stable
fi
if [ "$need_snac" = true ]; then
    log "installing snac2 from $BACKPORTS"
    $SUDO apt-get install -y -q --no-install-recommends -t "$BACKPORTS" snac2
fi


restore_policy
quiesce_services
log "done"
