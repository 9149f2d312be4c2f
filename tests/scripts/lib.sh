# shellcheck shell=bash
# Helpers shared by tests/scripts/test_*.sh (sourced, never run by ctest: its name has no test_ prefix).
# Environment given by ctest: CXCRON_BINARY, CXCRON_TEST_MARIADB_URL, CXCRON_REQUIRE_MARIADB, TZ=UTC.

: "${CXCRON_BINARY:?CXCRON_BINARY must point at the cxcron executable}"
SCRIPT_NAME=$(basename "${BASH_SOURCE[1]:-$0}" .sh)
TMP=$(mktemp -d "/tmp/${SCRIPT_NAME}.XXXXXX")
CLEANUPS=()

cleanup() {
    local rc=$?
    local i
    for ((i = ${#CLEANUPS[@]} - 1; i >= 0; i--)); do eval "${CLEANUPS[i]}" || true; done
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
on_exit() { CLEANUPS+=("$1"); }

fail() {
    echo "FAIL: $SCRIPT_NAME: $*" >&2
    exit 1
}
pass() { echo "PASS: $SCRIPT_NAME: $*"; }
# A test (or part) that cannot run here: ctest reports it "Skipped" (SKIP_RETURN_CODE 77 is set
# on every script test in tests/CMakeLists.txt), never "Passed".
SKIP_CODE=77
skip() {
    echo "SKIP: $SCRIPT_NAME: $*"
    exit "$SKIP_CODE"
}
note() { echo "-- $*"; }

# MariaDB coordinates from CXCRON_TEST_MARIADB_URL (mysql://user[:pass]@host:port/db; without a
# password in the URL, CXCRON_DB_PASSWORD, as cxcron itself does).
have_mariadb() {
    if [ -z "${CXCRON_TEST_MARIADB_URL:-}" ]; then
        [ "${CXCRON_REQUIRE_MARIADB:-0}" = 1 ] && fail "CXCRON_TEST_MARIADB_URL is not set but MariaDB is required"
        return 1
    fi
    command -v mariadb >/dev/null || fail "the mariadb client is missing (apt-get install mariadb-client)"
    return 0
}
mariadb_parse() {
    local url=${1:-$CXCRON_TEST_MARIADB_URL} rest auth hostport
    rest=${url#*://}
    auth=${rest%@*}
    hostport=${rest##*@}
    hostport=${hostport%%/*}
    DB_USER=${auth%%:*}
    if [[ $auth == *:* ]]; then DB_PASS=${auth#*:}; else DB_PASS=${CXCRON_DB_PASSWORD:-}; fi
    DB_HOST=${hostport%%:*}
    DB_PORT=${hostport#*:}
}
# sql_maria PORT DB "SQL" — tab-separated rows, no header.
sql_maria() {
    local port=$1 db=$2
    shift 2
    mariadb --no-defaults -h127.0.0.1 -P"$port" -u"$DB_USER" -p"$DB_PASS" -N -B "$db" -e "$*"
}
# fresh_maria_db NAME — drops and re-creates the database (dropped again on exit); sets DB_URL.
fresh_maria_db() {
    local name=$1
    mariadb_parse
    mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -u"$DB_USER" -p"$DB_PASS" \
        -e "DROP DATABASE IF EXISTS \`$name\`; CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    on_exit "mariadb --no-defaults -h127.0.0.1 -P$DB_PORT -u$DB_USER -p$DB_PASS -e 'DROP DATABASE IF EXISTS \`$name\`' 2>/dev/null"
    # The password goes through the environment, as the docs recommend (a password in
    # --database makes cxcron warn that it shows in ps).
    export CXCRON_DB_PASSWORD=$DB_PASS
    DB_URL="mysql://$DB_USER@127.0.0.1:$DB_PORT/$name"
}
sql_lite() {
    local file=$1
    shift
    # CXCRON_TEST_NO_SQLITE3=1 tests the python3 fallback.
    if [ "${CXCRON_TEST_NO_SQLITE3:-0}" != 1 ] && command -v sqlite3 >/dev/null; then
        sqlite3 -batch -separator $'\t' "$file" ".timeout 15000" "$*"
    elif command -v python3 >/dev/null; then
        python3 -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=15, isolation_level=None)
for row in con.execute(sys.argv[2]):
    print("\t".join("" if v is None else str(v) for v in row))
' "$file" "$*"
    else
        fail "neither the sqlite3 command-line tool nor python3 is installed (apt-get install sqlite3)"
    fi
}
# sql URL "SQL" for either backend.
sql() {
    local url=$1
    shift
    case $url in
    sqlite:*) sql_lite "${url#sqlite:}" "$@" ;;
    mysql://*)
        mariadb_parse "$url"
        sql_maria "$DB_PORT" "${url##*/}" "$@"
        ;;
    *) fail "unknown URL $url" ;;
    esac
}

# diag_only URL — creates the schema and disables every task that is not a diag:* task, so a
# test sees only the diagnostic tasks whatever other built-in tasks exist.
diag_only() {
    local url=$1 names name
    cx --database "$url" migrate >/dev/null || fail "cxcron migrate failed on $url"
    names=$(cx --database "$url" list --json | grep -oE '"name": *"[^"]*"' | sed -E 's/.*"([^"]*)"$/\1/')
    [ -n "$names" ] || fail "cxcron list --json returned no task"
    for name in $names; do
        case $name in diag:*) continue ;; esac
        sql "$url" "INSERT INTO cxcron_task_settings (name, enabled) VALUES ('$name', 0)"
    done
}

# Diagnostic-task environment used by every fault script.
export CXCRON_DIAGNOSTIC_TASKS=1 LC_ALL=C.UTF-8 TZ=UTC
unset CXCRON_DATABASE_URL || true

cx() { "$CXCRON_BINARY" "$@"; }

# wait_for "description" SECONDS command... — polls every 0.1 s.
wait_for() {
    local what=$1 secs=$2 i
    shift 2
    for ((i = 0; i < secs * 10; i++)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    fail "timed out after ${secs}s waiting for $what"
}

# Starts a private MariaDB server on PORT with a throwaway datadir (same approach as
# scripts/mariadb-test-server.sh); sets PRIV_DIR, PRIV_PORT. Stopped automatically on exit.
find_bin() {
    local b d
    for b in "$@"; do
        command -v "$b" 2>/dev/null && return 0
        for d in /usr/sbin /usr/bin /usr/local/sbin; do [ -x "$d/$b" ] && { echo "$d/$b"; return 0; }; done
    done
    return 1
}
private_mariadb_init() {
    PRIV_PORT=$1
    PRIV_DIR="$TMP/mariadb-$PRIV_PORT"
    local installdb user_opt=()
    installdb=$(find_bin mariadb-install-db mysql_install_db) || fail "mariadb-install-db not found"
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    mkdir -p "$PRIV_DIR/data" "$PRIV_DIR/tmp"
    "$installdb" --no-defaults "${user_opt[@]}" --datadir="$PRIV_DIR/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$PRIV_DIR/install.log" 2>&1 || { cat "$PRIV_DIR/install.log" >&2; fail "mariadb-install-db failed"; }
    on_exit "private_mariadb_stop"
}
# private_mariadb_start [EXTRA MARIADBD OPTIONS...] — e.g. --ssl-cert=… for a TLS server.
private_mariadb_start() {
    local mariadbd user_opt=()
    mariadbd=$(find_bin mariadbd mysqld) || fail "mariadbd not found"
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$PRIV_DIR/data" --tmpdir="$PRIV_DIR/tmp" \
        --socket="$PRIV_DIR/mysqld.sock" --pid-file="$PRIV_DIR/mysqld.pid" --port="$PRIV_PORT" \
        --bind-address=127.0.0.1 --skip-name-resolve --innodb-buffer-pool-size=32M --innodb-log-file-size=16M \
        --max-connections=100 --log-error="$PRIV_DIR/error.log" "$@" >/dev/null 2>&1 &
    PRIV_PID=$!
    wait_for "the private MariaDB on port $PRIV_PORT" 60 \
        mariadb --no-defaults -uroot --socket="$PRIV_DIR/mysqld.sock" -e "SELECT 1"
}
private_mariadb_setup_user() {
    mariadb --no-defaults -uroot --socket="$PRIV_DIR/mysqld.sock" <<SQL
CREATE DATABASE IF NOT EXISTS cxcron_priv CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'cxcron'@'127.0.0.1' IDENTIFIED BY 'cxcron';
GRANT ALL PRIVILEGES ON cxcron_priv.* TO 'cxcron'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}
private_mariadb_kill() {
    [ -n "${PRIV_PID:-}" ] || return 0
    kill -9 "$PRIV_PID" 2>/dev/null || true
    wait "$PRIV_PID" 2>/dev/null || true
    PRIV_PID=""
}
private_mariadb_stop() {
    [ -n "${PRIV_PID:-}" ] || return 0
    kill "$PRIV_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do kill -0 "$PRIV_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PRIV_PID" 2>/dev/null || true
    wait "$PRIV_PID" 2>/dev/null || true
    PRIV_PID=""
}

# Minute arithmetic on "YYYY-MM-DD HH:MM:SS" (UTC).
minute_plus() { date -u -d "$1 UTC + $2 minutes" '+%Y-%m-%d %H:%M:%S'; }

# Backends a script runs on: sqlite always, mariadb when the fixture server is there.
backends() {
    echo sqlite
    if have_mariadb; then echo mariadb; fi
}
# fresh_db BACKEND NAME — a new empty database with only the diag tasks enabled; sets DB_URL.
fresh_db() {
    case $1 in
    sqlite) DB_URL="sqlite:$TMP/$2.sqlite" ;;
    mariadb) fresh_maria_db "$2" ;;
    *) fail "unknown backend $1" ;;
    esac
    diag_only "$DB_URL"
}
# A port for a private server: the 30 ports after the fixture's (each build dir has its own
# fixture port, so parallel build dirs differ), moved on while something already listens there.
free_port() {
    local base=33061 p i
    if [ -n "${CXCRON_TEST_MARIADB_URL:-}" ]; then
        mariadb_parse
        base=$DB_PORT
    fi
    for ((i = 1; i <= 30; i++)); do
        p=$((base + i))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    fail "no free port in $((base + 1))-$((base + 30))"
}
# A runner process must never die from a signal (crash): exit codes >= 128 are failures.
no_crash() {
    local rc=$1 what=$2
    [ "$rc" -lt 128 ] || fail "$what crashed (exit $rc)"
}
