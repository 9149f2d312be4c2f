#!/usr/bin/env bash
# Starts (start) or stops (stop) a throwaway MariaDB server for the test suite:
# 127.0.0.1:$CXCRON_TEST_MARIADB_PORT, datadir under $CXCRON_TEST_MARIADB_DIR, database
# cxcron_test, user cxcron/cxcron. Used as a ctest fixture; never touches a system server.
set -euo pipefail
port="${CXCRON_TEST_MARIADB_PORT:-33061}"
dir="${CXCRON_TEST_MARIADB_DIR:-/tmp/cxcron-test-mariadb-$port}"
sock="$dir/mysqld.sock"
pidfile="$dir/mysqld.pid"

find_bin() {
    for b in "$@"; do
        command -v "$b" 2>/dev/null && return 0
        for d in /usr/sbin /usr/bin /usr/local/sbin; do [ -x "$d/$b" ] && { echo "$d/$b"; return 0; }; done
    done
    return 1
}

stop() {
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        for _ in $(seq 1 100); do [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$dir"
}

start() {
    mariadbd=$(find_bin mariadbd mysqld) || { echo "mariadbd not found: apt-get install mariadb-server" >&2; exit 1; }
    installdb=$(find_bin mariadb-install-db mysql_install_db) || { echo "mariadb-install-db not found" >&2; exit 1; }
    client=$(find_bin mariadb mysql) || { echo "mariadb client not found" >&2; exit 1; }
    stop
    mkdir -p "$dir/data" "$dir/tmp"
    user_opt=()
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    "$installdb" --no-defaults "${user_opt[@]}" --datadir="$dir/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
    "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$dir/data" --tmpdir="$dir/tmp" --socket="$sock" \
        --pid-file="$pidfile" --port="$port" --bind-address=127.0.0.1 --skip-name-resolve \
        --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --max-connections=500 \
        --max-allowed-packet=64M --log-error="$dir/error.log" >/dev/null 2>&1 &
    server=$!
    for _ in $(seq 1 300); do
        "$client" --no-defaults -uroot --socket="$sock" -e "SELECT 1" >/dev/null 2>&1 && break
        kill -0 "$server" 2>/dev/null || break # it died (port in use, bad datadir): fail fast
        sleep 0.1
    done
    "$client" --no-defaults -uroot --socket="$sock" -e "SELECT 1" >/dev/null 2>&1 || { cat "$dir/error.log" >&2; exit 1; }
    "$client" --no-defaults -uroot --socket="$sock" <<SQL
CREATE DATABASE IF NOT EXISTS cxcron_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'cxcron'@'127.0.0.1' IDENTIFIED BY 'cxcron';
CREATE USER IF NOT EXISTS 'cxcron'@'localhost' IDENTIFIED BY 'cxcron';
GRANT ALL PRIVILEGES ON *.* TO 'cxcron'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'cxcron'@'localhost';
-- A read-only account: what a CMS database user without write rights looks like to cxcron.
CREATE USER IF NOT EXISTS 'cxcron_ro'@'127.0.0.1' IDENTIFIED BY 'cxcron_ro';
GRANT SELECT ON *.* TO 'cxcron_ro'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
    echo "MariaDB test server ready: mysql://cxcron:cxcron@127.0.0.1:$port/cxcron_test ($($client --version | head -1))"
}

case "${1:-start}" in
start) start ;;
stop) stop; echo "MariaDB test server stopped" ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
